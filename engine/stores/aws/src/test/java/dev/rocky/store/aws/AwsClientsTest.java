package dev.rocky.store.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 client uploads without {@code Expect: 100-continue}, so a stale pooled connection is retried. */
class AwsClientsTest {

  @Test
  void uploadsCarryNoExpectContinue() throws IOException {
    List<String> expects = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      expects.add(String.valueOf(exchange.getRequestHeaders().getFirst("Expect")));
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("ETag", "\"x\"");
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    try (S3Client s3 = new AwsClients("eu-west-1", URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
        StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s"))).s3()) {
      s3.putObject(b -> b.bucket("b").key("k"), RequestBody.fromString("bytes"));
    } finally {
      server.stop(0);
    }
    assertThat(expects).containsExactly("null");
  }
}

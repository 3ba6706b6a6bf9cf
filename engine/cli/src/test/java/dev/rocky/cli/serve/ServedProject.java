package dev.rocky.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rocky.testkit.openapi.OpenApiContract;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * TEST-ONLY: the runs API fixture project (integrations/dagster/tests/fixtures/project) copied to a
 * directory and served by {@code rocky serve}'s local wiring on a free loopback port; every answer
 * is held to docs/api/openapi.yaml.
 */
final class ServedProject implements AutoCloseable {
  static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
  static final Path FIXTURE = REPO.resolve("integrations/dagster/tests/fixtures/project");
  static final OpenApiContract CONTRACT = OpenApiContract.load(REPO.resolve("docs/api/openapi.yaml"));
  static final String TOKEN = "test-token";

  final Path root;
  final ServeWiring.RunningServer server;
  final StringWriter log = new StringWriter();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ServedProject(Path root) {
    this.root = root;
    this.server = new LocalServeWiring().start(new ServeRequest(root.resolve("rocky.toml"), root.resolve("models"),
        "127.0.0.1", 0, TOKEN, 2, false), new PrintWriter(log, true));
  }

  static ServedProject start(Path dir) {
    return new ServedProject(copyFixture(dir.resolve("project")));
  }

  static Path copyFixture(Path target) {
    try (Stream<Path> files = Files.walk(FIXTURE)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = target.resolve(FIXTURE.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One exchange; the answer must conform to the document (or, off the document, be the Error body). */
  Answer send(String method, String path, @Nullable String body, @Nullable String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r;
    try {
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    String type = r.headers().firstValue("Content-Type").orElse(null);
    if (CONTRACT.declares(method, bare)) {
      CONTRACT.assertResponse(method, bare, r.statusCode(), type, r.body());
    } else {
      assertThat(CONTRACT.schemaProblems("Error", r.body())).isEmpty();
    }
    return new Answer(r.statusCode(), r.headers().firstValue("Location").orElse(null),
        r.headers().firstValue("WWW-Authenticate").orElse(null), json(r.body()));
  }

  Answer get(String path) {
    return send("GET", path, null, TOKEN);
  }

  Answer post(String body) {
    CONTRACT.assertRequest("POST", "/runs", "application/json", body);
    return send("POST", "/runs", body, TOKEN);
  }

  /** Polls the run until it is done. */
  JsonNode awaitDone(String runId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      Answer a = get("/runs/" + runId);
      assertThat(a.status()).isEqualTo(200);
      if (a.body().path("done").asBoolean()) {
        return a.body();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("run " + runId + " did not finish in two minutes");
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  record Answer(int status, @Nullable String location, @Nullable String challenge, JsonNode body) {
    String code() {
      return body.path("code").asText();
    }
  }
}

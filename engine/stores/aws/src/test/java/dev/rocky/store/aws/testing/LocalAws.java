package dev.rocky.store.aws.testing;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.rocky.store.aws.AwsClients;
import dev.rocky.store.aws.StateTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * AWS on loopback, in this JVM: DynamoDB Local (in memory) and S3Proxy (a transient blob store),
 * each started once on first use and shared by every test of the JVM. Tests isolate themselves
 * with fresh tables, buckets, prefixes or namespaces. Clients sign with fixed local credentials (letters and digits only, as DynamoDB Local wants),
 * which S3Proxy checks.
 */
public final class LocalAws {
  public static final String REGION = "us-east-1";
  private static final String ACCESS_KEY = "rockylocal";
  private static final String SECRET_KEY = "rockylocalsecret";
  private static final AtomicInteger NAMES = new AtomicInteger();

  private static @Nullable URI dynamoDbEndpoint;
  private static @Nullable URI s3Endpoint;
  private static @Nullable DynamoDbClient dynamoDb;
  private static @Nullable S3Client s3;

  private LocalAws() {}

  /** The endpoint of DynamoDB Local, started on first call. */
  public static synchronized URI dynamoDbEndpoint() {
    if (dynamoDbEndpoint == null) {
      int port = freePort();
      try {
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
            new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        server.start();
      } catch (Exception e) {
        throw new IllegalStateException("cannot start DynamoDB Local", e);
      }
      dynamoDbEndpoint = URI.create("http://127.0.0.1:" + port);
    }
    return dynamoDbEndpoint;
  }

  /** The endpoint of S3Proxy, started on first call. */
  public static synchronized URI s3Endpoint() {
    if (s3Endpoint == null) {
      try {
        S3Proxy proxy = S3Proxy.builder()
            .blobStore(BlobStores.create("transient", new Properties()))
            .endpoint(URI.create("http://127.0.0.1:" + freePort()))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
          Thread.sleep(10);
        }
        s3Endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
      } catch (Exception e) {
        throw new IllegalStateException("cannot start S3Proxy", e);
      }
    }
    return s3Endpoint;
  }

  /** Client settings for DynamoDB Local. */
  public static AwsClients dynamoDbClients() {
    return new AwsClients(REGION, dynamoDbEndpoint(), credentials());
  }

  /** Client settings for S3Proxy. */
  public static AwsClients s3Clients() {
    return new AwsClients(REGION, s3Endpoint(), credentials());
  }

  public static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
  }

  /** A client of DynamoDB Local shared by tests. */
  public static synchronized DynamoDbClient dynamoDb() {
    if (dynamoDb == null) {
      dynamoDb = dynamoDbClients().dynamoDb();
    }
    return dynamoDb;
  }

  /** A client of S3Proxy shared by tests. */
  public static synchronized S3Client s3() {
    if (s3 == null) {
      s3 = s3Clients().s3();
    }
    return s3;
  }

  /** A new, empty state table; returns its name. */
  public static String newStateTable() {
    String name = "rocky-state-" + NAMES.incrementAndGet();
    StateTable.create(dynamoDb(), name);
    return name;
  }

  /** A new, empty bucket; returns its name. */
  public static String newBucket() {
    String name = "rocky-artifacts-" + NAMES.incrementAndGet();
    s3().createBucket(b -> b.bucket(name));
    return name;
  }

  /** A name no other test of this JVM uses, e.g. for a namespace or a key prefix. */
  public static String unique(String prefix) {
    return prefix + NAMES.incrementAndGet();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

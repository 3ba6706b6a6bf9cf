package dev.rocky.fn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.state.Watermark;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.store.aws.testing.LocalAws;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runtime wiring: stores from environment variables, clients from the SDK's default chain. */
class AwsStoresTest {
  private static final String TABLE = LocalAws.newStateTable();
  private static final String BUCKET = LocalAws.newBucket();

  /** The default chain reads these system properties; in Lambda it reads the function's role. */
  @BeforeAll
  static void credentials() {
    System.setProperty("aws.accessKeyId", LocalAws.credentials().resolveCredentials().accessKeyId());
    System.setProperty("aws.secretAccessKey", LocalAws.credentials().resolveCredentials().secretAccessKey());
  }

  @AfterAll
  static void forget() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  private static Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_REGION", LocalAws.REGION);
    env.put("ROCKY_STATE_TABLE", TABLE);
    env.put("ROCKY_STATE_NAMESPACE", "shop-prod");
    env.put("ROCKY_ARTIFACT_BUCKET", BUCKET);
    env.put("ROCKY_DYNAMODB_ENDPOINT", LocalAws.dynamoDbEndpoint().toString());
    env.put("ROCKY_S3_ENDPOINT", LocalAws.s3Endpoint().toString());
    return env;
  }

  @Test
  void storesAreBuiltFromTheEnvironmentAndWork() {
    AwsStores stores = AwsStores.fromEnvironment(new Env(environment()), Clock.systemUTC());
    stores.prime();

    String key = stores.artifacts().put("plan".getBytes(StandardCharsets.UTF_8));
    Instant t = Instant.parse("2026-03-01T00:00:00Z");
    stores.state().advanceWatermark("main.orders", new Watermark(t, t));

    assertThat(stores.artifacts().objectKey(key)).isEqualTo("artifacts/" + key);
    assertThat(LocalAws.s3().headObject(b -> b.bucket(BUCKET).key("artifacts/" + key)).contentLength()).isEqualTo(4L);
    assertThat(stores.state().namespace()).isEqualTo("shop-prod");
    assertThat(stores.state().watermark("main.orders")).isPresent();
  }

  @Test
  void aMissingSettingIsADeploymentMistakeNamedInTheError() {
    Map<String, String> env = environment();
    env.remove("ROCKY_STATE_TABLE");

    assertThatThrownBy(() -> AwsStores.fromEnvironment(new Env(env), Clock.systemUTC()))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(FunctionErrorCode.CONFIGURATION_MISSING))
        .hasMessageContaining("ROCKY_STATE_TABLE");
  }

  @Test
  void credentialsInTheEnvironmentAreNotKeptAsSettings() {
    Env env = new Env(Map.of("AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "token", "AWS_REGION", "eu-west-1"));

    assertThat(env.vars()).containsOnlyKeys("AWS_REGION");
  }
}

package dev.rocky.adapter.snowflake;

import dev.rocky.core.config.Secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SnowflakeAdapterFactoryTest {

  private static AdapterConfig block(@Nullable String password, @Nullable String keyPath, @Nullable String oauth,
      @Nullable String pat, Map<String, Object> extra) {
    return new AdapterConfig("snowflake", null, null, null, null, null, null, 90L, "myorg-acct", "WH", "ANALYTICS",
        "TRANSFORMER", "ROCKY", password, keyPath, oauth, pat, null, null, null, null, null, null, null, null, null, null,
        null, extra, null);
  }

  @Test
  void anAdapterBlockBecomesAConfig() {
    SnowflakeConfig config = SnowflakeAdapterFactory.config(block("pw", null, null, null,
        Map.of("schema", "MARTS", "max_sessions", 3)), Path.of("/project"));

    assertThat(config.account()).isEqualTo("myorg-acct");
    assertThat(config.user()).isEqualTo("ROCKY");
    assertThat(config.warehouse()).isEqualTo("WH");
    assertThat(config.database()).isEqualTo("ANALYTICS");
    assertThat(config.schema()).isEqualTo("MARTS");
    assertThat(config.maxSessions()).isEqualTo(3);
    assertThat(config.queryTimeout()).hasSeconds(90);
    assertThat(config.auth()).isInstanceOf(SnowflakeAuth.Password.class);
  }

  @Test
  void theKeyPairWinsAndItsPathIsRelativeToTheProject() {
    SnowflakeConfig config = SnowflakeAdapterFactory.config(block("pw", "keys/rsa.p8", "tok", null,
        Map.of("private_key_passphrase", "phrase")), Path.of("/project"));
    assertThat(config.auth()).isEqualTo(new SnowflakeAuth.KeyPair(Path.of("/project/keys/rsa.p8"), Secret.of("phrase")));
    assertThat(SnowflakeAdapterFactory.auth(null, null, "tok", "pat", "pw")).isInstanceOf(SnowflakeAuth.OAuth.class);
    assertThat(SnowflakeAdapterFactory.auth(null, null, null, "pat", "pw")).isInstanceOf(SnowflakeAuth.Pat.class);
  }

  @Test
  void noCredentialsIsAUserError() {
    assertThatThrownBy(() -> SnowflakeAdapterFactory.config(block(null, null, null, null, Map.of()), Path.of(".")))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.USER_ERROR))
        .hasMessageContaining("private_key_path");
  }
}

package dev.rocky.adapter.snowflake;

import dev.rocky.core.config.Secret;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.config.RetryConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The driver boundary: URL and connection properties for each way of logging in. */
class SnowflakeJdbcTest {

  private static SnowflakeConfig config(SnowflakeAuth auth, @Nullable URI endpoint) {
    return new SnowflakeConfig("MyOrg-Acct1", endpoint, "ROCKY", auth, "WH", "ANALYTICS", "MARTS", "TRANSFORMER",
        Duration.ofSeconds(60), RetryConfig.defaults(), 4);
  }

  @Test
  void theUrlNamesTheAccountHostOrTheConfiguredEndpoint() {
    SnowflakeAuth pw = new SnowflakeAuth.Password(Secret.of("pw"));
    assertThat(SnowflakeJdbc.url(config(pw, null))).isEqualTo("jdbc:snowflake://myorg-acct1.snowflakecomputing.com/");
    assertThat(SnowflakeJdbc.url(config(pw, URI.create("http://127.0.0.1:8089")))).isEqualTo("jdbc:snowflake://127.0.0.1:8089/");
    assertThat(SnowflakeJdbc.properties(config(pw, URI.create("http://127.0.0.1:8089")))).containsEntry("ssl", "off");
    assertThat(SnowflakeJdbc.properties(config(pw, URI.create("https://acct.privatelink.snowflakecomputing.com"))))
        .doesNotContainKey("ssl");
  }

  @Test
  void theSessionContextAndJsonResultsAreAlwaysSet() {
    Properties p = SnowflakeJdbc.properties(config(new SnowflakeAuth.Password(Secret.of("pw")), null));
    assertThat(p).containsEntry("account", "MyOrg-Acct1").containsEntry("user", "ROCKY").containsEntry("warehouse", "WH")
        .containsEntry("db", "ANALYTICS").containsEntry("schema", "MARTS").containsEntry("role", "TRANSFORMER")
        .containsEntry("JDBC_QUERY_RESULT_FORMAT", "JSON").containsEntry("application", "rocky");
  }

  @Test
  void eachAuthenticatorGetsItsProperties() {
    assertThat(SnowflakeJdbc.properties(config(new SnowflakeAuth.Password(Secret.of("pw")), null)))
        .containsEntry("password", "pw").doesNotContainKey("authenticator");
    assertThat(SnowflakeJdbc.properties(config(new SnowflakeAuth.KeyPair(Path.of("/keys/rsa.p8"), Secret.of("phrase")), null)))
        .containsEntry("authenticator", "SNOWFLAKE_JWT").containsEntry("private_key_file", "/keys/rsa.p8")
        .containsEntry("private_key_pwd", "phrase").doesNotContainKey("password");
    assertThat(SnowflakeJdbc.properties(config(new SnowflakeAuth.OAuth(Secret.of("tok")), null)))
        .containsEntry("authenticator", "oauth").containsEntry("token", "tok");
    assertThat(SnowflakeJdbc.properties(config(new SnowflakeAuth.Pat(Secret.of("pat")), null)))
        .containsEntry("authenticator", "PROGRAMMATIC_ACCESS_TOKEN").containsEntry("token", "pat");
  }

  @Test
  void aConfigPrintsWithoutItsCredentials() {
    assertThat(config(new SnowflakeAuth.KeyPair(Path.of("/k.p8"), Secret.of("phrase-123")), null).toString())
        .doesNotContain("phrase-123").contains("passphrase=***");
    assertThat(config(new SnowflakeAuth.OAuth(Secret.of("tok-123")), null).toString()).doesNotContain("tok-123");
  }
}

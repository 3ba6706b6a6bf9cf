package dev.rocky.adapter.snowflake;

import dev.rocky.core.config.Secret;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.RetryConfig;
import dev.rocky.core.error.RockyException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link SnowflakeAdapter}s from an {@code [adapter.NAME]} block of type {@code snowflake}
 * ({@code account}, {@code warehouse}, {@code database}, {@code role}, {@code username} and one of
 * {@code private_key_path} (key-pair JWT), {@code oauth_token}, {@code pat} or {@code password};
 * optional {@code extra.schema}, {@code extra.private_key_passphrase}, {@code extra.endpoint},
 * {@code extra.max_sessions}), or from the {@code SNOWFLAKE_*} environment. Credentials arrive
 * resolved from {@code ${VAR}} references by the project loader. When several are given, the
 * key pair wins, then OAuth, then a PAT, then the password.
 */
public final class SnowflakeAdapterFactory {
  private SnowflakeAdapterFactory() {}

  public static SnowflakeAdapter open(AdapterConfig config) {
    return SnowflakeAdapter.open(config(config, Path.of(".")));
  }

  /** The configuration of a block; a relative {@code private_key_path} is relative to {@code projectRoot}. */
  public static SnowflakeConfig config(AdapterConfig block, Path projectRoot) {
    if (!"snowflake".equalsIgnoreCase(block.type())) {
      throw new IllegalArgumentException("not a snowflake adapter: type = " + block.type());
    }
    Map<String, Object> extra = block.extra();
    SnowflakeAuth auth = auth(block.privateKeyPath() == null ? null : projectRoot.resolve(block.privateKeyPath()),
        string(extra.get("private_key_passphrase")), block.oauthToken(), block.pat(), block.password());
    String endpoint = string(extra.get("endpoint"));
    return new SnowflakeConfig(required(block.account(), "account"), endpoint == null ? null : URI.create(endpoint),
        block.username(), auth, block.warehouse(), block.database(), string(extra.get("schema")), block.role(),
        Duration.ofSeconds(block.timeoutSecs()), block.retry(), intOr(extra.get("max_sessions"), 8));
  }

  /**
   * {@code SNOWFLAKE_ACCOUNT}, {@code SNOWFLAKE_USER}, {@code SNOWFLAKE_WAREHOUSE},
   * {@code SNOWFLAKE_DATABASE}, {@code SNOWFLAKE_ROLE}, and one of {@code SNOWFLAKE_PRIVATE_KEY_PATH}
   * (+ {@code SNOWFLAKE_PRIVATE_KEY_PASSPHRASE}), {@code SNOWFLAKE_OAUTH_TOKEN}, {@code SNOWFLAKE_PAT},
   * {@code SNOWFLAKE_PASSWORD}.
   */
  public static SnowflakeConfig fromEnvironment(Map<String, String> env) {
    String key = env.get("SNOWFLAKE_PRIVATE_KEY_PATH");
    return new SnowflakeConfig(required(env.get("SNOWFLAKE_ACCOUNT"), "SNOWFLAKE_ACCOUNT"), null, env.get("SNOWFLAKE_USER"),
        auth(key == null || key.isBlank() ? null : Path.of(key), env.get("SNOWFLAKE_PRIVATE_KEY_PASSPHRASE"),
            env.get("SNOWFLAKE_OAUTH_TOKEN"), env.get("SNOWFLAKE_PAT"), env.get("SNOWFLAKE_PASSWORD")),
        env.get("SNOWFLAKE_WAREHOUSE"), env.get("SNOWFLAKE_DATABASE"), env.get("SNOWFLAKE_SCHEMA"), env.get("SNOWFLAKE_ROLE"),
        Duration.ofSeconds(AdapterConfig.DEFAULT_TIMEOUT_SECS), RetryConfig.defaults(), 8);
  }

  static SnowflakeAuth auth(@Nullable Path privateKey, @Nullable String passphrase, @Nullable String oauthToken,
      @Nullable String pat, @Nullable String password) {
    if (privateKey != null) {
      return new SnowflakeAuth.KeyPair(privateKey, blank(passphrase) ? null : Secret.of(passphrase));
    }
    if (!blank(oauthToken)) {
      return new SnowflakeAuth.OAuth(Secret.of(oauthToken));
    }
    if (!blank(pat)) {
      return new SnowflakeAuth.Pat(Secret.of(pat));
    }
    if (!blank(password)) {
      return new SnowflakeAuth.Password(Secret.of(password));
    }
    throw invalid("no credentials: set private_key_path (key-pair JWT), oauth_token, pat or password");
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private static String required(@Nullable String value, String key) {
    if (blank(value)) {
      throw invalid(key + " is required, e.g. account = \"myorg-myaccount\"");
    }
    return value.strip();
  }

  private static int intOr(@Nullable Object value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().strip());
    } catch (NumberFormatException e) {
      throw invalid("expected a whole number, got '" + value + "'");
    }
  }

  private static @Nullable String string(@Nullable Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static RockyException invalid(String message) {
    return new RockyException(SnowflakeErrorCode.SNOWFLAKE_INVALID_CONFIG, "Snowflake adapter: " + message);
  }
}

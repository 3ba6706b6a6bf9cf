package dev.rocky.adapter.snowflake;

import java.net.URI;
import java.util.Locale;
import java.util.Properties;

/**
 * The driver boundary: the JDBC URL and connection properties for a {@link SnowflakeConfig}.
 *
 * <ul>
 *   <li>{@code jdbc:snowflake://<account>.snowflakecomputing.com/}, or the configured endpoint
 *       ({@code ssl=off} for a plain-HTTP one, which only emulators and proxies use);
 *   <li>the authenticator and its credential: {@code password}; {@code SNOWFLAKE_JWT} with
 *       {@code private_key_file} (+ {@code private_key_pwd}); {@code oauth} with {@code token};
 *       {@code PROGRAMMATIC_ACCESS_TOKEN} with {@code token};
 *   <li>the session context ({@code warehouse}, {@code db}, {@code schema}, {@code role});
 *   <li>{@code JDBC_QUERY_RESULT_FORMAT=JSON}: Arrow results need {@code --add-opens} on JDK 17+,
 *       which a Lambda runtime does not give; JSON needs nothing;
 *   <li>{@code application=rocky}, so the warehouse's own history shows who ran what.
 * </ul>
 */
final class SnowflakeJdbc {
  static final String DRIVER = "net.snowflake.client.api.driver.SnowflakeDriver";

  private SnowflakeJdbc() {}

  static String url(SnowflakeConfig config) {
    URI endpoint = config.endpoint();
    if (endpoint == null) {
      return "jdbc:snowflake://" + config.account().toLowerCase(Locale.ROOT) + ".snowflakecomputing.com/";
    }
    int port = endpoint.getPort() > 0 ? endpoint.getPort() : endpoint.getScheme().equals("http") ? 80 : 443;
    return "jdbc:snowflake://" + endpoint.getHost() + ":" + port + "/";
  }

  static Properties properties(SnowflakeConfig config) {
    Properties p = new Properties();
    p.setProperty("account", config.account());
    if (config.user() != null) {
      p.setProperty("user", config.user());
    }
    switch (config.auth()) {
      case SnowflakeAuth.Password pw -> p.setProperty("password", pw.password().reveal());
      case SnowflakeAuth.KeyPair kp -> {
        p.setProperty("authenticator", "SNOWFLAKE_JWT");
        p.setProperty("private_key_file", kp.privateKeyFile().toAbsolutePath().toString());
        if (kp.passphrase() != null) {
          p.setProperty("private_key_pwd", kp.passphrase().reveal());
        }
      }
      case SnowflakeAuth.OAuth o -> {
        p.setProperty("authenticator", "oauth");
        p.setProperty("token", o.token().reveal());
      }
      case SnowflakeAuth.Pat pat -> {
        p.setProperty("authenticator", "PROGRAMMATIC_ACCESS_TOKEN");
        p.setProperty("token", pat.token().reveal());
      }
    }
    put(p, "warehouse", config.warehouse());
    put(p, "db", config.database());
    put(p, "schema", config.schema());
    put(p, "role", config.role());
    p.setProperty("application", "rocky");
    p.setProperty("JDBC_QUERY_RESULT_FORMAT", "JSON");
    p.setProperty("CLIENT_SESSION_KEEP_ALIVE", "true");
    p.setProperty("loginTimeout", "60");
    if (config.endpoint() != null && "http".equals(config.endpoint().getScheme())) {
      p.setProperty("ssl", "off");
    }
    return p;
  }

  private static void put(Properties p, String key, String value) {
    if (value != null && !value.isBlank()) {
      p.setProperty(key, value);
    }
  }
}

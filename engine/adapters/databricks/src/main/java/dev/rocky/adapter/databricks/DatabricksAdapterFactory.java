package dev.rocky.adapter.databricks;

import dev.rocky.core.config.Secret;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.RetryConfig;
import dev.rocky.core.error.RockyException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link DatabricksAdapter}s from an {@code [adapter.NAME]} block of type {@code databricks}
 * ({@code host}, {@code http_path}, {@code token} or {@code client_id}/{@code client_secret},
 * {@code timeout_secs}, {@code retry}; optional {@code extra.catalog}, {@code extra.schema},
 * {@code extra.wait_timeout_secs}, {@code extra.max_concurrency}), or from the environment
 * variables the Databricks tools use. Credentials arrive already resolved from {@code ${VAR}}
 * references by the project loader; a PAT wins over OAuth M2M, as in Rocky.
 */
public final class DatabricksAdapterFactory {
  private DatabricksAdapterFactory() {}

  public static DatabricksAdapter open(AdapterConfig config) {
    return DatabricksAdapter.open(config(config));
  }

  public static DatabricksConfig config(AdapterConfig config) {
    if (!"databricks".equalsIgnoreCase(config.type())) {
      throw new IllegalArgumentException("not a databricks adapter: type = " + config.type());
    }
    Map<String, Object> extra = config.extra();
    DatabricksConfig.Tuning d = DatabricksConfig.Tuning.DEFAULT;
    int max = intOr(extra.get("max_concurrency"), d.maxConcurrency());
    DatabricksConfig.Tuning tuning = new DatabricksConfig.Tuning(
        Duration.ofSeconds(intOr(extra.get("wait_timeout_secs"), (int) d.waitTimeout().toSeconds())),
        d.firstPoll(), d.maxPoll(), Math.min(intOr(extra.get("initial_concurrency"), d.initialConcurrency()), max), max);
    return new DatabricksConfig(host(config.host()), warehouseId(config.httpPath()), string(extra.get("catalog")),
        string(extra.get("schema")), auth(config.token(), config.clientId(), config.clientSecret()),
        Duration.ofSeconds(config.timeoutSecs()), config.retry(), tuning);
  }

  /**
   * The configuration in {@code DATABRICKS_HOST}, {@code DATABRICKS_HTTP_PATH} (or
   * {@code DATABRICKS_WAREHOUSE_ID}), {@code DATABRICKS_TOKEN} or {@code DATABRICKS_CLIENT_ID} +
   * {@code DATABRICKS_CLIENT_SECRET}, and optionally {@code DATABRICKS_CATALOG}.
   */
  public static DatabricksConfig fromEnvironment(Map<String, String> env) {
    String warehouse = env.get("DATABRICKS_WAREHOUSE_ID");
    String httpPath = env.get("DATABRICKS_HTTP_PATH");
    return new DatabricksConfig(host(env.get("DATABRICKS_HOST")),
        warehouse != null && !warehouse.isBlank() ? warehouse : warehouseId(httpPath), blankToNull(env.get("DATABRICKS_CATALOG")),
        null, auth(env.get("DATABRICKS_TOKEN"), env.get("DATABRICKS_CLIENT_ID"), env.get("DATABRICKS_CLIENT_SECRET")),
        Duration.ofSeconds(AdapterConfig.DEFAULT_TIMEOUT_SECS), RetryConfig.defaults(), DatabricksConfig.Tuning.DEFAULT);
  }

  static DatabricksAuth auth(@Nullable String token, @Nullable String clientId, @Nullable String clientSecret) {
    if (token != null && !token.isBlank()) {
      return new DatabricksAuth.Pat(Secret.of(token));
    }
    if (clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank()) {
      return new DatabricksAuth.OAuthM2M(clientId, Secret.of(clientSecret));
    }
    throw invalid("no credentials: set token (a personal access token) or client_id and client_secret (OAuth M2M)");
  }

  static URI host(@Nullable String host) {
    if (host == null || host.isBlank()) {
      throw invalid("host is required, e.g. host = \"https://adb-1234567890123456.7.azuredatabricks.net\"");
    }
    String h = host.strip();
    if (!h.contains("://")) {
      h = "https://" + h;
    }
    try {
      URI uri = new URI(h.endsWith("/") ? h.substring(0, h.length() - 1) : h);
      if (uri.getHost() == null) {
        throw invalid("host '" + host + "' is not a URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw invalid("host '" + host + "' is not a URL: " + e.getMessage());
    }
  }

  /** The warehouse id: the last segment of {@code /sql/1.0/warehouses/<id>}. */
  static String warehouseId(@Nullable String httpPath) {
    if (httpPath == null || httpPath.isBlank()) {
      throw invalid("http_path is required, e.g. http_path = \"/sql/1.0/warehouses/abc123def456\"");
    }
    String p = httpPath.strip();
    int slash = p.lastIndexOf('/');
    String id = slash < 0 ? p : p.substring(slash + 1);
    if (!p.toLowerCase(Locale.ROOT).contains("/warehouses/") && !p.toLowerCase(Locale.ROOT).contains("/endpoints/") && slash >= 0
        || !id.matches("[A-Za-z0-9]+")) {
      throw invalid("http_path '" + httpPath + "' does not name a SQL warehouse (/sql/1.0/warehouses/<id>)");
    }
    return id;
  }

  private static int intOr(@Nullable Object value, int fallback) {
    if (value == null) {
      return fallback;
    }
    if (value instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(value.toString().strip());
    } catch (NumberFormatException e) {
      throw invalid("expected a whole number, got '" + value + "'");
    }
  }

  private static @Nullable String string(@Nullable Object value) {
    return value == null ? null : blankToNull(value.toString());
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static RockyException invalid(String message) {
    return new RockyException(DatabricksErrorCode.DATABRICKS_INVALID_CONFIG, "Databricks adapter: " + message);
  }
}

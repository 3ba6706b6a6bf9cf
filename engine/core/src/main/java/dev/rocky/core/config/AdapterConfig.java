package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@code [adapter.NAME]} block. As in Rocky the record is flat: {@code type} selects the
 * warehouse or discovery service and the keys of every type live side by side (Databricks
 * {@code host}/{@code http_path}/{@code token}/{@code client_id}/{@code client_secret}/
 * {@code timeout_secs}; Snowflake {@code account}/.../{@code pat}; BigQuery {@code project_id}/
 * {@code location}; DuckDB {@code path}; Fivetran {@code destination_id}/{@code api_key}/
 * {@code api_secret}; manual {@code schemas}). {@code extra} passes arbitrary keys through. {@link #toString()} never
 * shows credentials.
 */
public record AdapterConfig(
    @JsonProperty(value = "type", required = true) String type,
    @JsonProperty("kind") @Nullable Kind kind,
    @JsonProperty("host") @Nullable String host,
    @JsonProperty("http_path") @Nullable String httpPath,
    @JsonProperty("token") @Nullable String token,
    @JsonProperty("client_id") @Nullable String clientId,
    @JsonProperty("client_secret") @Nullable String clientSecret,
    @JsonProperty("timeout_secs") Long timeoutSecs,
    @JsonProperty("account") @Nullable String account,
    @JsonProperty("warehouse") @Nullable String warehouse,
    @JsonProperty("database") @Nullable String database,
    @JsonProperty("role") @Nullable String role,
    @JsonProperty("username") @Nullable String username,
    @JsonProperty("password") @Nullable String password,
    @JsonProperty("private_key_path") @Nullable String privateKeyPath,
    @JsonProperty("oauth_token") @Nullable String oauthToken,
    @JsonProperty("pat") @Nullable String pat,
    @JsonProperty("project_id") @Nullable String projectId,
    @JsonProperty("location") @Nullable String location,
    @JsonProperty("path") @Nullable String path,
    @JsonProperty("destination_id") @Nullable String destinationId,
    @JsonProperty("api_key") @Nullable String apiKey,
    @JsonProperty("api_secret") @Nullable String apiSecret,
    @JsonProperty("cache") Map<String, Object> cache,
    @JsonProperty("ratelimit") Map<String, Object> ratelimit,
    @JsonProperty("stampede") Map<String, Object> stampede,
    @JsonProperty("circuit_breaker") Map<String, Object> circuitBreaker,
    @JsonProperty("retry") RetryConfig retry,
    @JsonProperty("extra") Map<String, Object> extra,
    @JsonProperty("schemas") List<ManualSchema> schemas) {

  /** Adapter types Rocky knows; anything else is V017. */
  public static final List<String> KNOWN_TYPES =
      List.of("databricks", "snowflake", "duckdb", "bigquery", "trino", "fivetran", "airbyte", "iceberg", "manual");

  /** Types that only discover sources and never move data; they must say {@code kind = "discovery"}. */
  public static final List<String> DISCOVERY_ONLY_TYPES = List.of("fivetran", "airbyte", "iceberg", "manual");

  /** Databricks' default statement timeout. */
  public static final long DEFAULT_TIMEOUT_SECS = 120;

  /** The role an adapter block plays: moving data or discovering sources. */
  public enum Kind {
    @JsonProperty("data")
    DATA,
    @JsonProperty("discovery")
    DISCOVERY;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public AdapterConfig {
    Objects.requireNonNull(type, "type");
    timeoutSecs = Values.or(timeoutSecs, DEFAULT_TIMEOUT_SECS);
    cache = Values.map(cache);
    ratelimit = Values.map(ratelimit);
    stampede = Values.map(stampede);
    circuitBreaker = Values.map(circuitBreaker);
    retry = Values.or(retry, RetryConfig.defaults());
    extra = Values.map(extra);
    schemas = Values.list(schemas);
  }

  /**
   * One {@code [[adapter.NAME.schemas]]} entry of a {@code type = "manual"} discovery adapter: a
   * source schema and its tables, declared because the source has no API to list them.
   */
  public record ManualSchema(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "tables", required = true) List<String> tables) {
    public ManualSchema {
      Objects.requireNonNull(name, "name");
      tables = Values.list(tables);
    }
  }

  /** An adapter of {@code type} with no other keys set. */
  public static AdapterConfig ofType(String type) {
    return new AdapterConfig(type, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** A DuckDB adapter on {@code path} (null: in memory). */
  public static AdapterConfig duckdb(@Nullable String path) {
    return new AdapterConfig("duckdb", null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, path, null, null, null, null, null, null, null, null, null, null);
  }

  /** Whether this adapter type can only discover sources. */
  public boolean discoveryOnly() {
    return DISCOVERY_ONLY_TYPES.contains(type);
  }

  /** Whether this adapter may move data: not discovery-only and not declared {@code kind = "discovery"}. */
  public boolean movesData() {
    return !discoveryOnly() && kind != Kind.DISCOVERY;
  }

  /** Whether this adapter may discover sources: discovery types, DuckDB, or {@code kind = "discovery"}. */
  public boolean discovers() {
    return discoveryOnly() || kind == Kind.DISCOVERY || (kind == null && type.equals("duckdb"));
  }

  @Override
  public String toString() {
    return "AdapterConfig[type=" + type + ", kind=" + kind + ", host=" + host + ", httpPath=" + httpPath
        + ", token=" + redact(token) + ", clientId=" + clientId + ", clientSecret=" + redact(clientSecret)
        + ", timeoutSecs=" + timeoutSecs + ", account=" + account + ", warehouse=" + warehouse
        + ", database=" + database + ", role=" + role + ", username=" + username + ", password=" + redact(password)
        + ", privateKeyPath=" + privateKeyPath + ", oauthToken=" + redact(oauthToken) + ", pat=" + redact(pat)
        + ", projectId=" + projectId + ", location=" + location + ", path=" + path
        + ", destinationId=" + destinationId + ", apiKey=" + redact(apiKey) + ", apiSecret=" + redact(apiSecret)
        + ", retry=" + retry + ", extra=" + extra.keySet() + "]";
  }

  private static @Nullable String redact(@Nullable String secret) {
    return secret == null ? null : "***";
  }
}

package dev.rocky.adapter.fivetran;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.SourceAdapter;
import dev.rocky.core.source.DiscoveredSource;
import dev.rocky.core.source.DiscoveredTable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Discovery through Fivetran: the connections of the destination group whose schema starts with the
 * prefix, each with the enabled tables of its schema config. A connection that replicates one source
 * schema writes to its own {@code schema}; one that replicates several writes each to
 * {@code <schema>_<name_in_destination>}, and each becomes a source of its own.
 */
public final class FivetranSourceAdapter implements SourceAdapter {
  /** Fivetran's public API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.fivetran.com/");

  private final FivetranClient client;
  private final String groupId;

  FivetranSourceAdapter(FivetranClient client, String groupId) {
    this.client = client;
    this.groupId = groupId;
  }

  /**
   * The adapter of an {@code [adapter.NAME]} block of type {@code fivetran}: {@code destination_id},
   * {@code api_key} and {@code api_secret} from the block, the key and secret otherwise from
   * {@code FIVETRAN_API_KEY} and {@code FIVETRAN_API_SECRET} in {@code env}; {@code extra.base_url}
   * overrides the API's address.
   */
  public static FivetranSourceAdapter of(String name, AdapterConfig config, Map<String, String> env) {
    String group = required(name, "destination_id", config.destinationId(), null);
    String key = required(name, "api_key", config.apiKey(), env.get("FIVETRAN_API_KEY"));
    String secret = required(name, "api_secret", config.apiSecret(), env.get("FIVETRAN_API_SECRET"));
    Object base = config.extra().get("base_url");
    URI uri;
    try {
      uri = base == null ? DEFAULT_BASE_URL : URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    } catch (IllegalArgumentException e) {
      throw new RockyException(FivetranErrorCode.FIVETRAN_INVALID_CONFIG,
          "adapter '" + name + "': extra.base_url '" + base + "' is not a URL");
    }
    return new FivetranSourceAdapter(new FivetranClient(uri, new FivetranCredentials(key, secret),
        Duration.ofSeconds(config.timeoutSecs())), group);
  }

  @Override
  public String sourceType() {
    return "fivetran";
  }

  @Override
  public List<DiscoveredSource> discover(String schemaPrefix) {
    List<DiscoveredSource> out = new ArrayList<>();
    for (JsonNode connection : client.list("v1/groups/" + encode(groupId) + "/connections")) {
      String schema = connection.path("schema").asText("");
      if (schema.isEmpty() || !schema.startsWith(schemaPrefix)) {
        continue;
      }
      String id = connection.path("id").asText();
      Instant synced = instant(connection.path("succeeded_at"));
      JsonNode schemas = client.get("v1/connections/" + encode(id) + "/schemas").path("schemas");
      List<Map.Entry<String, JsonNode>> enabled = new ArrayList<>();
      schemas.properties().forEach(e -> {
        if (e.getValue().path("enabled").asBoolean(true)) {
          enabled.add(e);
        }
      });
      for (Map.Entry<String, JsonNode> s : enabled) {
        String destination = enabled.size() == 1 ? schema
            : schema + "_" + s.getValue().path("name_in_destination").asText(s.getKey());
        String sourceId = enabled.size() == 1 ? id : id + "." + s.getKey();
        out.add(new DiscoveredSource(sourceId, destination, sourceType(), synced, tables(s.getValue())));
      }
    }
    out.sort(Comparator.comparing(DiscoveredSource::schema));
    return List.copyOf(out);
  }

  private static List<DiscoveredTable> tables(JsonNode schema) {
    List<DiscoveredTable> tables = new ArrayList<>();
    schema.path("tables").properties().forEach(t -> {
      if (t.getValue().path("enabled").asBoolean(true)) {
        tables.add(DiscoveredTable.named(t.getValue().path("name_in_destination").asText(t.getKey())));
      }
    });
    tables.sort(Comparator.comparing(DiscoveredTable::name));
    return tables;
  }

  private static @Nullable Instant instant(JsonNode value) {
    if (!value.isTextual()) {
      return null;
    }
    try {
      return Instant.parse(value.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String required(String adapter, String key, @Nullable String value, @Nullable String fallback) {
    String v = value != null && !value.isBlank() ? value : fallback;
    if (v == null || v.isBlank()) {
      throw new RockyException(FivetranErrorCode.FIVETRAN_INVALID_CONFIG, "adapter '" + adapter + "' (fivetran) has no "
          + key + (key.startsWith("api_") ? "; set it in rocky.toml (e.g. \"${FIVETRAN_" + key.toUpperCase(java.util.Locale.ROOT)
          + "}\") or in the environment as FIVETRAN_" + key.toUpperCase(java.util.Locale.ROOT) : "; set it in rocky.toml"));
    }
    return v;
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "FivetranSourceAdapter[group=" + groupId + "]";
  }
}

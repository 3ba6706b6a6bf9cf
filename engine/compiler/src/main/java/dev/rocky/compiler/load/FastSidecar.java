package dev.rocky.compiler.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.core.project.Strategy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Binds a sidecar of the usual shape straight from the parsed tree, without Jackson data binding
 * (a bean mapping per sidecar costs about 50 ms for 2,000 sidecars in a cold JVM): string keys
 * ({@code name}, {@code adapter}, {@code intent}, {@code group}, {@code retention}), {@code depends_on}
 * as a list of strings, {@code [target]} with string parts, and a {@code [strategy]} of type
 * {@code full_refresh}, {@code incremental}, {@code merge}, {@code ephemeral}, {@code view} or
 * {@code materialized_view} with its own keys only. Anything else (another key, a wrong value type, a
 * missing required key) returns null, and the sidecar is bound strictly by {@link Binder}, which reports
 * what is wrong; both give the same {@link SidecarToml} for a sidecar this reads.
 */
final class FastSidecar {
  private FastSidecar() {}

  static @Nullable SidecarToml bind(ObjectNode root) {
    String name = null;
    String adapter = null;
    String intent = null;
    String group = null;
    String retention = null;
    List<String> dependsOn = null;
    Strategy strategy = null;
    SidecarToml.Target target = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      boolean read = switch (f.getKey()) {
        case "name" -> (name = text(v)) != null;
        case "adapter" -> (adapter = text(v)) != null;
        case "intent" -> (intent = text(v)) != null;
        case "group" -> (group = text(v)) != null;
        case "retention" -> (retention = text(v)) != null;
        case "depends_on" -> (dependsOn = texts(v)) != null;
        case "strategy" -> (strategy = strategy(v)) != null;
        case "target" -> (target = target(v)) != null;
        default -> false;
      };
      if (!read) {
        return null;
      }
    }
    return new SidecarToml(name, dependsOn, adapter, intent, group, null, strategy, target, null, null, null, null,
        null, null, null, null, null, null, retention, null, null, null, null);
  }

  private static @Nullable String text(JsonNode v) {
    return v.isTextual() ? v.textValue() : null;
  }

  private static @Nullable List<String> texts(JsonNode v) {
    if (!(v instanceof ArrayNode array)) {
      return null;
    }
    List<String> out = new ArrayList<>(array.size());
    for (JsonNode e : array) {
      if (!e.isTextual()) {
        return null;
      }
      out.add(e.textValue());
    }
    return out;
  }

  private static SidecarToml.@Nullable Target target(JsonNode v) {
    if (!(v instanceof ObjectNode table)) {
      return null;
    }
    String catalog = null;
    String schema = null;
    String tableName = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!f.getValue().isTextual()) {
        return null;
      }
      String s = f.getValue().textValue();
      switch (f.getKey()) {
        case "catalog" -> catalog = s;
        case "schema" -> schema = s;
        case "table" -> tableName = s;
        default -> {
          return null;
        }
      }
    }
    return new SidecarToml.Target(catalog, schema, tableName);
  }

  private static @Nullable Strategy strategy(JsonNode v) {
    if (!(v instanceof ObjectNode table) || !(table.get("type") instanceof JsonNode type) || !type.isTextual()) {
      return null;
    }
    return switch (type.textValue()) {
      case "full_refresh" -> table.size() == 1 ? new Strategy.FullRefresh() : null;
      case "ephemeral" -> table.size() == 1 ? new Strategy.Ephemeral() : null;
      case "view" -> table.size() == 1 ? new Strategy.View() : null;
      case "materialized_view" -> table.size() == 1 ? new Strategy.MaterializedView() : null;
      case "incremental" -> table.size() == 2 && table.get("timestamp_column") instanceof JsonNode c && c.isTextual()
          ? new Strategy.Incremental(c.textValue()) : null;
      case "merge" -> merge(table);
      default -> null;
    };
  }

  private static Strategy.@Nullable Merge merge(ObjectNode table) {
    List<String> uniqueKey = table.get("unique_key") == null ? null : texts(table.get("unique_key"));
    if (uniqueKey == null) {
      return null;
    }
    JsonNode update = table.get("update_columns");
    if (update == null) {
      return table.size() == 2 ? new Strategy.Merge(uniqueKey, null) : null;
    }
    List<String> updateColumns = texts(update);
    return updateColumns != null && table.size() == 3 ? new Strategy.Merge(uniqueKey, updateColumns) : null;
  }
}

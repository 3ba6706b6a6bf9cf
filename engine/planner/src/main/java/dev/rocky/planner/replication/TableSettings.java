package dev.rocky.planner.replication;

import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.core.config.ReplicationPipeline.TableOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One table's strategy after {@code [[table_overrides]]}: each field comes from the most specific
 * override that sets it (connector and table over table alone over connector alone over neither),
 * else from the pipeline. Two overrides of one tier that set one field differently are an error.
 * Globs ({@code *}, {@code ?}) match case-insensitively; {@code connector} matches the source schema.
 */
public record TableSettings(CopyStrategy strategy, boolean enabled) {

  public TableSettings {
    Objects.requireNonNull(strategy, "strategy");
  }

  /** The settings of {@code table} in source schema {@code connector}. */
  public static TableSettings resolve(String pipeline, ReplicationPipeline config, String connector, String table) {
    List<TableOverride> matching = new ArrayList<>();
    for (TableOverride o : config.tableOverrides()) {
      if (matches(o.match().connector(), connector) && matches(o.match().table(), table)) {
        matching.add(o);
      }
    }
    Resolver r = new Resolver(pipeline, connector + "." + table, matching);
    String strategy = r.pick("strategy", TableOverride::strategy, config.strategy());
    String ts = r.pick("timestamp_column", TableOverride::timestampColumn, config.timestampColumn());
    List<String> keys = r.pick("merge_keys", TableOverride::mergeKeys, config.mergeKeys());
    List<String> fallback = r.pick("merge_keys_fallback", TableOverride::mergeKeysFallback, config.mergeKeysFallback());
    boolean enabled = r.pick("enabled", TableOverride::enabled, true);
    return new TableSettings(strategy(pipeline, connector + "." + table, strategy, ts, keys, fallback), enabled);
  }

  private static CopyStrategy strategy(String pipeline, String table, String name, String ts, List<String> keys,
      List<String> fallback) {
    return switch (name) {
      case "incremental" -> new CopyStrategy.Incremental(ts);
      case "merge" -> {
        if (keys.isEmpty() && fallback.isEmpty()) {
          throw new ReplicationException(ReplicationErrorCode.REPLICATION_INVALID_STRATEGY,
              "pipeline '" + pipeline + "': table " + table + " uses strategy merge without merge_keys",
              "set merge_keys on [pipeline." + pipeline + "] or on a [[table_overrides]] matching the table");
        }
        yield new CopyStrategy.Merge(keys, fallback);
      }
      case "view" -> new CopyStrategy.View(false);
      case "materialized_view" -> new CopyStrategy.View(true);
      // full_refresh, and unknown strategies (V035 warns about them), copy everything.
      default -> new CopyStrategy.FullRefresh();
    };
  }

  static boolean matches(@Nullable String glob, String name) {
    if (glob == null) {
      return true;
    }
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return name.toLowerCase(Locale.ROOT).matches(regex.toString());
  }

  private static int tier(TableOverride o) {
    return (o.match().connector() != null ? 1 : 0) + (o.match().table() != null ? 2 : 0);
  }

  private record Resolver(String pipeline, String table, List<TableOverride> matching) {
    <T> T pick(String field, Function<TableOverride, @Nullable T> get, T fallback) {
      int best = -1;
      T value = fallback;
      for (TableOverride o : matching) {
        T v = get.apply(o);
        if (v == null) {
          continue;
        }
        int t = tier(o);
        if (t > best) {
          best = t;
          value = v;
        } else if (t == best && !v.equals(value)) {
          throw new ReplicationException(ReplicationErrorCode.REPLICATION_OVERRIDE_CONFLICT,
              "pipeline '" + pipeline + "': two [[table_overrides]] of the same specificity set " + field
                  + " of " + table + " to " + value + " and " + v,
              "make one override more specific (match both connector and table), or remove one");
        }
      }
      return value;
    }
  }
}

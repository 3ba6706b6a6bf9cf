package dev.rocky.app.dbt;

import dev.rocky.app.dbt.Translation.Issue;
import dev.rocky.core.project.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * dbt materializations to Rocky strategies: {@code table} is full_refresh, {@code view} view,
 * {@code ephemeral} ephemeral, {@code materialized_view} materialized_view; {@code incremental}
 * with a {@code unique_key} is merge, {@code insert_overwrite} with {@code partition_by} is
 * delete_insert, {@code microbatch} is microbatch, and any other incremental is Rocky's
 * incremental on the timestamp column its {@code is_incremental()} filter uses (or, failing that,
 * a column that looks like one). Without such a column the model stays full_refresh with a TODO.
 */
final class StrategyMapper {
  private StrategyMapper() {}

  /** The strategy, the TODO lines for the sidecar, and the warnings for the report. */
  record Mapped(Strategy strategy, List<String> todos, List<Issue> issues) {}

  static Mapped map(Map<String, Object> config, Translation translation, List<DbtProject.DbtColumn> columns) {
    String materialized = string(config.get("materialized")).orElse("view").toLowerCase(Locale.ROOT);
    List<String> todos = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    Strategy strategy = switch (materialized) {
      case "table" -> new Strategy.FullRefresh();
      case "view" -> new Strategy.View();
      case "ephemeral" -> new Strategy.Ephemeral();
      case "materialized_view" -> new Strategy.MaterializedView();
      case "incremental" -> incremental(config, translation, columns, todos, issues);
      default -> {
        todos.add("dbt materialization '" + materialized + "' has no Rocky equivalent; imported as full_refresh");
        issues.add(Issue.warning("materialization", "materialization '" + materialized + "' imported as full_refresh", 0));
        yield new Strategy.FullRefresh();
      }
    };
    return new Mapped(strategy, todos, issues);
  }

  private static Strategy incremental(Map<String, Object> config, Translation translation,
      List<DbtProject.DbtColumn> columns, List<String> todos, List<Issue> issues) {
    String how = string(config.get("incremental_strategy")).orElse("").toLowerCase(Locale.ROOT);
    List<String> keys = strings(config.get("unique_key"));
    if (how.equals("microbatch")) {
      Optional<String> eventTime = string(config.get("event_time"));
      if (eventTime.isPresent()) {
        return new Strategy.Microbatch(eventTime.get(), granularity(config.get("batch_size")));
      }
    }
    if (how.equals("insert_overwrite")) {
      List<String> partitions = partitionBy(config.get("partition_by"));
      if (!partitions.isEmpty()) {
        return new Strategy.DeleteInsert(partitions);
      }
    }
    if (!keys.isEmpty()) {
      if (how.equals("delete+insert")) {
        todos.add("dbt's delete+insert on unique_key became a merge on the same key");
      }
      return new Strategy.Merge(keys, null);
    }
    String column = translation.incrementalColumn();
    if (column == null) {
      column = string(config.get("event_time")).orElse(null);
    }
    if (column == null) {
      column = guessTimestamp(columns);
      if (column != null) {
        todos.add("timestamp_column '" + column + "' was guessed from the column names; check it");
        issues.add(Issue.warning("incremental", "timestamp_column '" + column + "' guessed from the column names", 0));
      }
    }
    if (column != null) {
      return new Strategy.Incremental(column);
    }
    todos.add("incremental without unique_key and no timestamp column found: imported as full_refresh;");
    todos.add("set [strategy] type = \"incremental\" with timestamp_column, or type = \"merge\" with unique_key");
    issues.add(Issue.warning("incremental", "incremental model without unique_key or timestamp column: imported as full_refresh", 0));
    return new Strategy.FullRefresh();
  }

  private static @Nullable String guessTimestamp(List<DbtProject.DbtColumn> columns) {
    for (String preferred : List.of("updated_at", "_loaded_at", "loaded_at", "modified_at", "event_time", "created_at")) {
      for (DbtProject.DbtColumn c : columns) {
        if (c.name().equalsIgnoreCase(preferred)) {
          return c.name();
        }
      }
    }
    return columns.stream().map(DbtProject.DbtColumn::name).filter(n -> n.toLowerCase(Locale.ROOT).endsWith("_at"))
        .findFirst().orElse(null);
  }

  private static Strategy.@Nullable Granularity granularity(@Nullable Object batchSize) {
    return string(batchSize).map(s -> switch (s.toLowerCase(Locale.ROOT)) {
      case "day" -> Strategy.Granularity.DAY;
      case "month" -> Strategy.Granularity.MONTH;
      case "year" -> Strategy.Granularity.YEAR;
      default -> Strategy.Granularity.HOUR;
    }).orElse(null);
  }

  private static List<String> partitionBy(@Nullable Object value) {
    if (value instanceof Map<?, ?> bigQuery && bigQuery.get("field") instanceof String field) {
      return List.of(field);
    }
    return strings(value);
  }

  static Optional<String> string(@Nullable Object value) {
    return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
  }

  /** A string or a list of strings, as a list. */
  static List<String> strings(@Nullable Object value) {
    if (value instanceof String s && !s.isBlank()) {
      return List.of(s.strip());
    }
    if (value instanceof List<?> list) {
      return list.stream().filter(String.class::isInstance).map(o -> ((String) o).strip()).toList();
    }
    return List.of();
  }
}

package dev.rocky.planner;

import dev.rocky.core.project.Strategy;
import dev.rocky.planner.error.PlannerErrors;
import dev.rocky.planner.partition.PartitionWindow;
import dev.rocky.planner.sql.Identifiers;
import dev.rocky.planner.sql.SqlCapabilities;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.SqlStatements;
import dev.rocky.planner.sql.SqlText;
import dev.rocky.planner.sql.Statement;
import dev.rocky.planner.sql.TableName;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statements a step issues, per strategy, for one dialect.
 *
 * <ul>
 *   <li>{@link #render} gives a run's statements given what is known of the target: the first-run
 *       table for incremental, merge, delete_insert and microbatch when the target is absent (or, for
 *       watermarked strategies, has no watermark); otherwise the strategy's load. For time_interval it
 *       gives only the bootstrap (an empty table) when the target is absent, and nothing otherwise;
 *       the partitions come from {@link #renderPartition}, one call per planned window.
 *   <li>Watermarked strategies end with a {@link Statement.Purpose#READ_WATERMARK} query: its single
 *       value is the new watermark (NULL on an empty target: keep the previous one).
 * </ul>
 */
public final class MaterializationRenderer {
  /** Rocky's bootstrap bound: both placeholders get it, so the window is empty. */
  static final LocalDateTime BOOTSTRAP_BOUND = LocalDateTime.of(1900, 1, 1, 0, 0);

  private final SqlDialect dialect;
  private final SqlStatements sql;

  public MaterializationRenderer(SqlDialect dialect) {
    this.dialect = dialect;
    this.sql = new SqlStatements(dialect);
  }

  public SqlDialect dialect() {
    return dialect;
  }

  /** {@code CREATE SCHEMA IF NOT EXISTS} for the schema of a target. */
  public Statement createSchema(TableName target) {
    return sql.createSchema(target);
  }

  public List<Statement> render(ModelStep step, TargetState state) {
    TableName t = step.target();
    String body = step.sql();
    return switch (step.strategy()) {
      case Strategy.FullRefresh f -> List.of(sql.replaceTable(t, body));
      case Strategy.Incremental i -> watermarked(step, i.timestampColumn(), state);
      case Strategy.Microbatch m -> watermarked(step, m.timestampColumn(), state);
      case Strategy.Merge m -> {
        MergeColumns c = MergeColumns.resolve(step.model(), m, step.schema(), dialect);
        yield state.exists() ? List.of(sql.merge(t, body, c.keys(), c.update(), c.insert()))
            : List.of(sql.createTable(t, body, false));
      }
      case Strategy.DeleteInsert d -> {
        List<String> partitionBy = names("partition_by column", d.partitionBy());
        if (partitionBy.isEmpty()) {
          throw PlannerErrors.emptyStrategySetting(step.model(), d.type(), "partition_by");
        }
        yield state.exists() ? sql.deleteInsert(t, body, partitionBy) : List.of(sql.createTable(t, body, false));
      }
      case Strategy.TimeInterval ti -> {
        Identifiers.requireName("time_column", ti.timeColumn());
        yield state.exists() ? List.of()
            : List.of(sql.createEmptyTable(t, withWindow(body, BOOTSTRAP_BOUND, BOOTSTRAP_BOUND)));
      }
      case Strategy.Ephemeral e -> List.of();
      case Strategy.View v -> List.of(sql.createView(t, body));
      case Strategy.MaterializedView mv -> {
        if (!SqlCapabilities.materializedViews(dialect)) {
          throw PlannerErrors.unsupportedStrategy(step.model(), "materialized_view", dialect.dialect().id(),
              "use view or full_refresh instead");
        }
        yield List.of(sql.createMaterializedView(t, body));
      }
    };
  }

  /** The statements replacing one window of a time_interval step (one transaction where possible). */
  public List<Statement> renderPartition(ModelStep step, PartitionWindow window) {
    if (!(step.strategy() instanceof Strategy.TimeInterval ti)) {
      throw new IllegalArgumentException("model '" + step.model() + "' is not a time_interval model");
    }
    String column = Identifiers.requireName("time_column", ti.timeColumn());
    String body = withWindow(step.sql(), window.start(), window.end());
    return sql.replaceWindow(step.target(), body, column, window.start(), window.end());
  }

  /** Renders every form a step can take, so that planning fails on what rendering would refuse. */
  void validate(ModelStep step) {
    render(step, TargetState.absent());
    render(step, TargetState.present(Instant.EPOCH));
    if (step.strategy() instanceof Strategy.TimeInterval) {
      renderPartition(step, new PartitionWindow("1970-01-01", LocalDateTime.of(1970, 1, 1, 0, 0),
          LocalDateTime.of(1970, 1, 2, 0, 0), List.of()));
    }
  }

  private List<Statement> watermarked(ModelStep step, String column, TargetState state) {
    Identifiers.requireName("timestamp_column", column);
    List<Statement> out = new ArrayList<>(2);
    Instant watermark = state.watermark();
    if (watermark == null) {
      out.add(sql.createTable(step.target(), step.sql(), true));
    } else {
      LocalDateTime utc = LocalDateTime.ofInstant(watermark, ZoneOffset.UTC);
      out.add(sql.insertNewRows(step.target(), step.sql(), column, utc));
    }
    out.add(sql.readWatermark(step.target(), column));
    return List.copyOf(out);
  }

  private String withWindow(String body, LocalDateTime start, LocalDateTime end) {
    return SqlText.replacePlaceholders(body,
        Map.of("start_date", dialect.windowBoundLiteral(start), "end_date", dialect.windowBoundLiteral(end)),
        dialect);
  }

  private static List<String> names(String what, List<String> names) {
    return names.stream().map(n -> Identifiers.requireName(what, n)).toList();
  }
}

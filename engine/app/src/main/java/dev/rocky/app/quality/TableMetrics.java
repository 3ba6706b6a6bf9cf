package dev.rocky.app.quality;

import dev.rocky.core.config.ChecksConfig;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.state.RowCountSnapshot;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.quality.CheckSeverity;
import dev.rocky.planner.quality.CheckSql;
import dev.rocky.planner.sql.SqlDialect;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A table's table-wide checks: {@code row_count} (the table is not empty), {@code anomaly} (the
 * row count against the mean of its history in the state store; the count is then appended),
 * {@code column_match} (the columns against the model's inferred schema), {@code freshness},
 * {@code null_rate:<column>} and each {@code custom} query. A check whose query fails is reported
 * as not evaluated, never skipped.
 */
final class TableMetrics {
  private final WarehouseAdapter adapter;
  private final StateStore state;
  private final Clock clock;
  private final CheckSql sql;

  TableMetrics(WarehouseAdapter adapter, StateStore state, Clock clock) {
    this.adapter = adapter;
    this.state = state;
    this.clock = clock;
    this.sql = new CheckSql(SqlDialect.of(adapter.dialect()));
  }

  void run(CheckTarget target, PipelineChecks checks, Consumer<CheckResult> results, Consumer<AnomalyResult> anomalies) {
    ChecksConfig config = checks.config();
    boolean anomaly = config.anomalyThresholdPct() > 0;
    if (config.rowCount() || anomaly) {
      rowCount(target, config, results, anomalies);
    }
    if (config.columnMatch() && target.expected() != null && target.expected().complete()) {
      results.accept(columnMatch(target));
    }
    if (config.freshness() != null && target.timeColumn() != null) {
      results.accept(freshness(target, config.freshness(), checks.pipeline()));
    }
    if (config.nullRate() != null) {
      nullRates(target, config.nullRate(), checks.pipeline()).forEach(results);
    }
    for (ChecksConfig.CustomCheck c : config.custom()) {
      results.accept(custom(target, c, checks.pipeline()));
    }
  }

  private void rowCount(CheckTarget target, ChecksConfig config, Consumer<CheckResult> results,
      Consumer<AnomalyResult> anomalies) {
    long count;
    try {
      count = Figures.count(adapter.query(sql.rowCount(target.table())));
    } catch (RuntimeException e) {
      if (config.rowCount()) {
        results.accept(CheckResult.notEvaluated("row_count", Figures.reason(e), Figures.details("target_count", 0)));
      }
      return;
    }
    if (config.rowCount()) {
      results.accept(CheckResult.measured("row_count", count > 0, CheckSeverity.ERROR,
          Figures.details("target_count", count)));
    }
    if (config.anomalyThresholdPct() > 0) {
      List<RowCountSnapshot> history = state.rowCounts(target.key());
      anomaly(target, count, history, config.anomalyThresholdPct(), results).ifPresent(anomalies);
      state.appendRowCount(target.key(), new RowCountSnapshot(count, clock.instant()), PipelineChecks.HISTORY);
    }
  }

  /** Rocky's rule: an anomaly when |current - mean| / mean * 100 exceeds the threshold; no history, no baseline. */
  static Optional<AnomalyResult> anomaly(CheckTarget target, long count, List<RowCountSnapshot> history,
      double thresholdPct, Consumer<CheckResult> results) {
    if (history.isEmpty()) {
      results.accept(CheckResult.measured("anomaly", true, CheckSeverity.WARNING,
          Figures.details("current_count", count, "baseline_avg", null, "threshold_pct", thresholdPct,
              "reason", "no history yet: this count starts the baseline")));
      return Optional.empty();
    }
    double avg = history.stream().mapToLong(RowCountSnapshot::rowCount).average().orElse(0);
    double deviation = avg == 0 ? (count == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.abs(count - avg) / avg * 100;
    boolean anomalous = deviation > thresholdPct;
    double shown = Double.isInfinite(deviation) ? 100.0 : round(deviation);
    String reason = anomalous
        ? String.format(Locale.ROOT, "row count %d is %.1f%% away from the mean %.1f of the last %s (threshold %.1f%%)",
            count, shown, avg, history.size() == 1 ? "run" : history.size() + " runs", thresholdPct)
        : "within the threshold";
    results.accept(CheckResult.measured("anomaly", !anomalous, CheckSeverity.WARNING, Figures.details(
        "current_count", count, "baseline_avg", round(avg), "deviation_pct", shown, "threshold_pct", thresholdPct)));
    return anomalous ? Optional.of(new AnomalyResult(target.key(), count, round(avg), shown, reason)) : Optional.empty();
  }

  private CheckResult columnMatch(CheckTarget target) {
    Set<String> expected = lower(target.expected().columns().stream().map(TypedColumn::name).toList());
    try {
      Optional<List<TypedColumn>> actual = adapter.describeTable(
          new TargetRef(target.table().catalog(), target.table().schema(), target.table().table()));
      if (actual.isEmpty()) {
        return CheckResult.notEvaluated("column_match", "the table does not exist", Figures.details());
      }
      Set<String> found = lower(actual.get().stream().map(TypedColumn::name).toList());
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(found);
      Set<String> extra = new TreeSet<>(found);
      extra.removeAll(expected);
      return CheckResult.measured("column_match", missing.isEmpty() && extra.isEmpty(), CheckSeverity.ERROR,
          Figures.details("missing", List.copyOf(missing), "extra", List.copyOf(extra)));
    } catch (RuntimeException e) {
      return CheckResult.notEvaluated("column_match", Figures.reason(e), Figures.details());
    }
  }

  private CheckResult freshness(CheckTarget target, ChecksConfig.FreshnessCheck f, String pipeline) {
    long threshold = target.names().stream().map(f.overrides()::get).filter(java.util.Objects::nonNull).findFirst()
        .orElse(f.thresholdSeconds());
    CheckSeverity severity = PipelineChecks.severity(pipeline, "freshness", f.severity());
    try {
      Instant newest = Figures.instant(adapter.query(sql.newest(target.table(), target.timeColumn())).single());
      if (newest == null) {
        return CheckResult.notEvaluated("freshness", "the table has no rows, so it has no newest "
            + target.timeColumn(), Figures.details("threshold_seconds", threshold));
      }
      long lag = Math.max(0, Duration.between(newest, clock.instant()).toSeconds());
      return CheckResult.measured("freshness", lag <= threshold, severity,
          Figures.details("lag_seconds", lag, "threshold_seconds", threshold));
    } catch (RuntimeException e) {
      return CheckResult.notEvaluated("freshness", Figures.reason(e), Figures.details("threshold_seconds", threshold));
    }
  }

  private List<CheckResult> nullRates(CheckTarget target, ChecksConfig.NullRate n, String pipeline) {
    CheckSeverity severity = PipelineChecks.severity(pipeline, "null_rate", n.severity());
    List<CheckResult> out = new ArrayList<>();
    try {
      QueryResult r = adapter.query(sql.nullCounts(target.table(), n.columns(), n.samplePercent()));
      long sampled = Figures.number(r.rows().get(0).get(0)).longValue();
      for (int i = 0; i < n.columns().size(); i++) {
        BigDecimal nulls = Figures.number(r.rows().get(0).get(i + 1));
        double rate = sampled == 0 || nulls == null ? 0 : nulls.doubleValue() / sampled;
        out.add(CheckResult.measured("null_rate:" + n.columns().get(i), rate <= n.threshold(), severity,
            Figures.details("column", n.columns().get(i), "null_rate", round(rate), "threshold", n.threshold())));
      }
    } catch (RuntimeException e) {
      n.columns().forEach(c -> out.add(CheckResult.notEvaluated("null_rate:" + c, Figures.reason(e),
          Figures.details("column", c, "threshold", n.threshold()))));
    }
    return out;
  }

  private CheckResult custom(CheckTarget target, ChecksConfig.CustomCheck c, String pipeline) {
    CheckSeverity severity = PipelineChecks.severity(pipeline, "custom check '" + c.name() + "'", c.severity());
    String query = null;
    try {
      query = sql.custom(c.name(), c.sql(), target.table());
      BigDecimal value = Figures.number(adapter.query(query));
      boolean passed = value != null && value.compareTo(BigDecimal.valueOf(c.threshold())) <= 0;
      return CheckResult.measured(c.name(), passed, severity,
          Figures.details("query", query, "result_value", value, "threshold", c.threshold()));
    } catch (RuntimeException e) {
      return CheckResult.notEvaluated(c.name(), Figures.reason(e),
          Figures.details("query", query == null ? c.sql() : query, "threshold", c.threshold()));
    }
  }

  private static Set<String> lower(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}

package dev.rocky.app.quality;

import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.quality.Assertion;
import dev.rocky.planner.quality.CheckSql;
import dev.rocky.planner.quality.QuarantineMode;
import dev.rocky.planner.quality.QuarantinePlan;
import dev.rocky.planner.quality.QuarantineSql;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Quarantines one table's failing rows (see {@link QuarantineSql}) and counts what each output
 * holds. A failure is reported in the result ({@code ok = false}) and never thrown; the working
 * table of {@code split} is dropped whatever happened.
 */
final class QuarantineRunner {
  private final WarehouseAdapter adapter;
  private final QuarantineSql sql;
  private final CheckSql counts;
  private final Supplier<String> tokens;

  QuarantineRunner(WarehouseAdapter adapter, Supplier<String> tokens) {
    SqlDialect dialect = SqlDialect.of(adapter.dialect());
    this.adapter = adapter;
    this.sql = new QuarantineSql(dialect);
    this.counts = new CheckSql(dialect);
    this.tokens = tokens;
  }

  Optional<QuarantineResult> run(CheckTarget target, List<Assertion> assertions, PipelineChecks.Quarantine settings) {
    if (QuarantineSql.quarantining(assertions).isEmpty()) {
      return Optional.empty();
    }
    QuarantineMode mode = settings.mode();
    if (mode == QuarantineMode.TAG && !target.rewritable()) {
      return Optional.of(failed(target, mode, null, "tag mode rewrites the table in place, and "
          + target.table().qualifiedName() + " is a view or is loaded incrementally; use mode = \"split\" or \"drop\""));
    }
    QuarantinePlan plan;
    try {
      Optional<QuarantinePlan> planned = sql.plan(target.table(), assertions, mode, settings.suffixValid(),
          settings.suffixQuarantine(), tokens.get(), mode == QuarantineMode.TAG ? columns(target.table()) : List.of());
      if (planned.isEmpty()) {
        return Optional.empty();
      }
      plan = planned.get();
    } catch (RuntimeException e) {
      return Optional.of(failed(target, mode, null, Figures.reason(e)));
    }
    try {
      plan.statements().forEach(adapter::execute);
    } catch (RuntimeException e) {
      return Optional.of(failed(target, mode, plan, Figures.reason(e)));
    } finally {
      cleanUp(plan);
    }
    try {
      TableName valid = plan.valid();
      TableName quarantine = plan.quarantine();
      Long validRows = valid == null ? null : count(valid);
      Long quarantined = quarantine == null ? null : count(quarantine);
      return Optional.of(new QuarantineResult(target.assetKey(), mode.id(), name(valid), name(quarantine), validRows,
          quarantined, labels(plan), true, null));
    } catch (RuntimeException e) {
      return Optional.of(failed(target, mode, plan, Figures.reason(e)));
    }
  }

  private void cleanUp(QuarantinePlan plan) {
    for (String statement : plan.cleanup()) {
      try {
        adapter.execute(statement);
      } catch (RuntimeException ignored) {
        // Best effort: the working table is named by a token no other run uses.
      }
    }
  }

  private long count(TableName table) {
    return Figures.count(adapter.query(counts.rowCount(table)));
  }

  private List<String> columns(TableName table) {
    return adapter.describeTable(new TargetRef(table.catalog(), table.schema(), table.table()))
        .map(cs -> cs.stream().map(TypedColumn::name).toList()).orElse(List.of());
  }

  private static QuarantineResult failed(CheckTarget target, QuarantineMode mode, @Nullable QuarantinePlan plan,
      String error) {
    return new QuarantineResult(target.assetKey(), mode.id(), plan == null ? null : name(plan.valid()),
        plan == null ? null : name(plan.quarantine()), null, null, plan == null ? List.of() : labels(plan), false, error);
  }

  private static List<String> labels(QuarantinePlan plan) {
    return plan.labels().stream().map(QuarantinePlan.Label::column).toList();
  }

  private static @Nullable String name(@Nullable TableName table) {
    return table == null ? null : table.qualifiedName();
  }
}

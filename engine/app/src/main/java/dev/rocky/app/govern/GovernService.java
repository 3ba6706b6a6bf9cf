package dev.rocky.app.govern;

import dev.rocky.compiler.govern.ProjectClassifications;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.planner.govern.GrantSql;
import dev.rocky.planner.govern.MaskFunctions;
import dev.rocky.planner.govern.MaskSql.Binding;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Governance as a plain service (the govern Lambda and the CLI wrap it): plan the masks, tags and
 * grant difference of an environment; apply a plan, statement by statement, collecting failures; then
 * read the masks back and compare them with what was intended. Without a warehouse it only plans.
 */
public final class GovernService {
  private final SqlDialect dialect;
  private final @Nullable WarehouseAdapter warehouse;

  /** @param warehouse where plans are applied and masks and grants read back; null to plan offline */
  public GovernService(SqlDialect dialect, @Nullable WarehouseAdapter warehouse) {
    if (warehouse != null && warehouse.dialect() != dialect.dialect()) {
      throw new IllegalArgumentException("the warehouse speaks " + warehouse.dialect().id() + ", not "
          + dialect.dialect().id());
    }
    this.dialect = dialect;
    this.warehouse = warehouse;
  }

  public SqlDialect dialect() {
    return dialect;
  }

  /**
   * @param env the environment whose {@code [mask.<env>]} applies over {@code [mask]}; null for the defaults
   * @param grants the current grants (see {@link #warehouseGrants()})
   */
  public GovernPlan plan(RockyConfig config, ProjectClassifications classified, List<GovernTarget> targets,
      @Nullable String env, GrantReader grants) {
    List<String> notes = new ArrayList<>();
    List<ColumnMask> masks = ColumnMask.of(targets, ResolvedMask.resolve(config, classified, env));
    List<GovernStatement> statements = new ArrayList<>(MaskStatements.render(dialect, targets, masks, bound(masks, notes),
        notes));
    statements.addAll(TagStatements.render(dialect, targets, masks));
    GrantDiff diff = new GrantPlanner(dialect).plan(config, targets, grants);
    return new GovernPlan(env == null ? ResolvedMask.DEFAULT_ENV : env, dialect.dialect().id(), masks, statements, diff,
        notes);
  }

  /** Runs every statement of the plan (a failure does not stop the others), then verifies the masks. */
  public GovernOutcome apply(GovernPlan plan) {
    WarehouseAdapter w = requireWarehouse();
    List<GovernOutcome.Failed> failed = new ArrayList<>();
    int run = 0;
    int added = 0;
    int revoked = 0;
    for (GovernStatement s : plan.allStatements()) {
      try {
        w.execute(s.sql());
        run++;
        added += s.purpose() == GovernStatement.Purpose.GRANT ? 1 : 0;
        revoked += s.purpose() == GovernStatement.Purpose.REVOKE ? 1 : 0;
      } catch (RockyException e) {
        failed.add(new GovernOutcome.Failed(s.purpose(), s.target(), s.model(), s.sql(), e.getMessage()));
      }
    }
    return new GovernOutcome(plan.env(), plan.dialect(), run, failed, verify(plan), added, revoked);
  }

  /** Every classified column's mask as the warehouse has it now. */
  public List<MaskCheck> verify(GovernPlan plan) {
    return new MaskVerifier(requireWarehouse(), dialect).verify(plan.masks());
  }

  /** The current grants, read from the warehouse with {@code SHOW GRANTS}. */
  public GrantReader warehouseGrants() {
    WarehouseAdapter w = requireWarehouse();
    GrantSql sql = new GrantSql(dialect);
    return on -> sql.currentGrants(w.query(sql.showGrants(on)));
  }

  /** The masks bound now on the tables with a {@code none} column, to unbind leftovers; null when not readable. */
  private @Nullable Map<TableName, List<Binding>> bound(List<ColumnMask> masks, List<String> notes) {
    if (dialect instanceof DuckDbSqlDialect || masks.stream().allMatch(m -> MaskFunctions.masks(m.resolved().applied()))) {
      return Map.of();
    }
    if (warehouse == null) {
      notes.add("planned without the warehouse: masks left on columns whose strategy is now none are not unbound");
      return null;
    }
    MaskVerifier reader = new MaskVerifier(warehouse, dialect);
    Map<TableName, List<Binding>> out = new LinkedHashMap<>();
    for (ColumnMask m : masks) {
      TableName t = m.target().table();
      if (!MaskFunctions.masks(m.resolved().applied()) && !out.containsKey(t)) {
        try {
          out.put(t, reader.bindings(t));
        } catch (RockyException e) {
          notes.add("could not read the masks of " + t.qualifiedName() + ": " + e.getMessage());
          out.put(t, List.of());
        }
      }
    }
    return out;
  }

  private WarehouseAdapter requireWarehouse() {
    if (warehouse == null) {
      throw new IllegalStateException("this GovernService plans offline; give it a warehouse to apply or verify");
    }
    return warehouse;
  }
}

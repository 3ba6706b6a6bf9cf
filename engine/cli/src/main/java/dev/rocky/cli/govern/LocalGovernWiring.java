package dev.rocky.cli.govern;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.govern.ComplianceReport;
import dev.rocky.app.govern.ComplianceService;
import dev.rocky.app.govern.GovernOutcome;
import dev.rocky.app.govern.GovernPlan;
import dev.rocky.app.govern.GovernService;
import dev.rocky.app.govern.GovernTarget;
import dev.rocky.app.govern.GrantReader;
import dev.rocky.app.govern.GrantSnapshot;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.run.Warehouses;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.planner.govern.GrantSql;
import dev.rocky.core.project.Dialect;
import dev.rocky.planner.sql.SqlDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The governance commands on this machine: the project from disk and the pipelines' warehouse
 * ({@link Warehouses}). DuckDB publishes masks as views in a consumer schema and has no grants;
 * Databricks and Snowflake get masking functions or policies, tags and the grant difference against
 * the grants read from them. {@code govern plan --target-dialect} for another dialect plans offline,
 * against a snapshot of its grants ({@code --current-grants}).
 */
public final class LocalGovernWiring implements GovernWiring {

  @Override
  public CommandResult compliance(ComplianceRequest request) {
    GovernProject p = GovernProject.compile(request.config(), request.models());
    ComplianceReport report = ComplianceService.report(p.config(), p.classified(), request.env(),
        request.exceptionsOnly(), request.onlyModels());
    ExitCode exit = request.failOnException() && report.hasExceptions() ? ExitCode.FAILURE : ExitCode.SUCCESS;
    return new CommandResult("compliance", report, GovernViews.compliance(report), exit);
  }

  @Override
  public CommandResult plan(GovernRequest request) {
    GovernProject p = GovernProject.compile(request.config(), request.models());
    GovernProject.Target target = p.target(request.pipeline());
    Dialect dialect = request.dialect() != null ? request.dialect() : target.dialect();
    try (WarehouseAdapter warehouse = dialect == target.dialect() ? connect(p, target) : null) {
      SqlDialect sql = SqlDialect.of(dialect);
      List<GovernTarget> targets = p.targets(request.pipeline(), sql, warehouse);
      GovernService service = new GovernService(sql, warehouse);
      GrantReader grants = grants(request.currentGrants(), dialect, warehouse == null ? null : service);
      GovernPlan plan = service.plan(p.config(), p.classified(), targets, request.env(), grants);
      return new CommandResult("govern plan", plan, GovernViews.plan(plan), ExitCode.SUCCESS);
    }
  }

  /**
   * Applies the masks, tags and grant difference on the pipelines' warehouse, to the models whose
   * tables exist, then reads the masks back: a mask the warehouse does not show is an error (exit 1).
   */
  @Override
  public CommandResult apply(GovernRequest request) {
    GovernProject p = GovernProject.compile(request.config(), request.models());
    GovernProject.Target target = p.target(request.pipeline());
    if (request.dialect() != null && request.dialect() != target.dialect()) {
      throw new CliException(CliErrorCode.USAGE, "--target-dialect " + request.dialect().id() + " differs from adapter '"
          + target.name() + "' (" + target.dialect().id() + "); govern apply works on the pipelines' own warehouse",
          "drop --target-dialect, or review the statements with 'rocky govern plan --target-dialect "
              + request.dialect().id() + "'");
    }
    SqlDialect sql = SqlDialect.of(target.dialect());
    try (WarehouseAdapter warehouse = Warehouses.open(target.name(), target.adapter(), p.paths().root())) {
      List<GovernTarget> targets = p.targets(request.pipeline(), sql, warehouse).stream()
          .filter(t -> warehouse.tableExists(new dev.rocky.core.project.TargetRef(t.table().catalog(), t.table().schema(),
              t.table().table())))
          .toList();
      GovernService service = new GovernService(sql, warehouse);
      GrantReader grants = new GrantSql(sql).supported() ? service.warehouseGrants() : GrantReader.NONE;
      GovernOutcome outcome = service.apply(service.plan(p.config(), p.classified(), targets, request.env(), grants));
      return new CommandResult("govern apply", outcome, GovernViews.apply(outcome),
          outcome.ok() ? ExitCode.SUCCESS : ExitCode.FAILURE);
    }
  }

  /**
   * The pipelines' warehouse for planning: Databricks and Snowflake are connected to (their columns,
   * masks and grants are read); DuckDB only when its database exists (planning never creates it).
   */
  private static @Nullable WarehouseAdapter connect(GovernProject p, GovernProject.Target target) {
    return target.dialect() == Dialect.DUCKDB ? existing(p, target)
        : Warehouses.open(target.name(), target.adapter(), p.paths().root());
  }

  /** The DuckDB database the pipelines write to, when it exists (planning never creates it). */
  private static @Nullable DuckDbAdapter existing(GovernProject p, GovernProject.Target target) {
    String path = target.adapter().path();
    if (path == null || path.isBlank() || path.equals(":memory:") || !Files.exists(p.paths().root().resolve(path))) {
      return null;
    }
    return DuckDbAdapter.open(target.adapter(), p.paths().root());
  }

  private static GrantReader grants(@Nullable Path snapshot, Dialect dialect, @Nullable GovernService connected) {
    if (snapshot != null) {
      try {
        return GrantSnapshot.parse(Files.readString(snapshot)).reader();
      } catch (IOException e) {
        throw new CliException(CliErrorCode.IO, "cannot read " + snapshot + ": " + e.getMessage(),
            "pass a JSON file of the form {\"grants\": [{\"on\": \"schema\", \"securable\": \"analytics.marts\","
                + " \"principal\": \"analysts\", \"privilege\": \"SELECT\"}]}");
      }
    }
    if (dialect == Dialect.DUCKDB) {
      return GrantReader.NONE;
    }
    if (connected != null) {
      return connected.warehouseGrants();
    }
    throw new CliException(CliErrorCode.UNSUPPORTED, "planning for " + dialect.id() + " without its warehouse needs"
        + " the current grants", "pass --current-grants FILE, a snapshot of SHOW GRANTS as JSON, to plan against it");
  }
}

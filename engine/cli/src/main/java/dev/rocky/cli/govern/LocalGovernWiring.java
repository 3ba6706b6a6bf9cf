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
import dev.rocky.core.project.Dialect;
import dev.rocky.planner.sql.SqlDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The governance commands on this machine: the project from disk; the warehouse when it is DuckDB (masks
 * as views in a consumer schema; no grants). Databricks and Snowflake are planned offline, against a
 * snapshot of their grants ({@code --current-grants}), until their adapters are part of this build.
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
    try (DuckDbAdapter duck = dialect == Dialect.DUCKDB && target.dialect() == Dialect.DUCKDB ? existing(p, target) : null) {
      SqlDialect sql = SqlDialect.of(dialect);
      List<GovernTarget> targets = p.targets(request.pipeline(), sql, duck);
      GrantReader grants = grants(request.currentGrants(), dialect);
      GovernPlan plan = new GovernService(sql, duck).plan(p.config(), p.classified(), targets, request.env(), grants);
      return new CommandResult("govern plan", plan, GovernViews.plan(plan), ExitCode.SUCCESS);
    }
  }

  @Override
  public CommandResult apply(GovernRequest request) {
    GovernProject p = GovernProject.compile(request.config(), request.models());
    GovernProject.Target target = p.target(request.pipeline());
    if (target.dialect() != Dialect.DUCKDB) {
      throw new CliException(CliErrorCode.UNSUPPORTED, "adapter '" + target.name() + "' is of type "
          + target.adapter().type() + "; this build applies governance on duckdb only",
          "review the statements with 'rocky govern plan --current-grants FILE' and run them with your warehouse's tools");
    }
    try (DuckDbAdapter duck = DuckDbAdapter.open(target.adapter(), p.paths().root())) {
      List<GovernTarget> targets = p.targets(request.pipeline(), SqlDialect.DUCKDB, duck).stream()
          .filter(t -> duck.tableExists(new dev.rocky.core.project.TargetRef(t.table().catalog(), t.table().schema(),
              t.table().table())))
          .toList();
      GovernService service = new GovernService(SqlDialect.DUCKDB, duck);
      GovernOutcome outcome = service.apply(service.plan(p.config(), p.classified(), targets, request.env(),
          GrantReader.NONE));
      return new CommandResult("govern apply", outcome, GovernViews.apply(outcome),
          outcome.ok() ? ExitCode.SUCCESS : ExitCode.FAILURE);
    }
  }

  /** The DuckDB database the pipelines write to, when it exists (planning never creates it). */
  private static @Nullable DuckDbAdapter existing(GovernProject p, GovernProject.Target target) {
    String path = target.adapter().path();
    if (path == null || path.isBlank() || path.equals(":memory:") || !Files.exists(p.paths().root().resolve(path))) {
      return null;
    }
    return DuckDbAdapter.open(target.adapter(), p.paths().root());
  }

  private static GrantReader grants(@Nullable Path snapshot, Dialect dialect) {
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
    throw new CliException(CliErrorCode.UNSUPPORTED, "this build cannot read the current grants from "
        + dialect.id() + " yet", "pass --current-grants FILE, a snapshot of SHOW GRANTS as JSON, to plan against it");
  }
}

package dev.rocky.cli.run;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.HumanView;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.project.Project;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rocky seed --sql}: runs the project's {@code data/seed.sql} on the warehouse its
 * transformation pipelines write to, in one transaction (all of it or none of it). A seed that
 * replaces its tables ({@code CREATE OR REPLACE}, {@code CREATE SCHEMA IF NOT EXISTS}) can run again.
 */
public final class LocalSeed {
  static final String FILE = "data/seed.sql";

  public CommandResult seed(SeedRequest request, PrintWriter err) {
    ProjectPaths paths = ProjectPaths.of(request.config());
    Project project = paths.load();
    String sql = project.seedSql();
    if (sql == null || sql.isBlank()) {
      throw new CliException(CliErrorCode.CONFIG, "the project has no " + FILE,
          "write the CREATE TABLE and INSERT statements of your raw data to " + FILE);
    }
    RunTargets targets = RunTargets.of(project.config(), request.pipeline());
    Databases.warnIfInMemory(targets, err);
    long started = System.nanoTime();
    String database;
    try (DuckDbAdapter warehouse = DuckDbAdapter.open(targets.adapter(), paths.root())) {
      database = warehouse.database();
      try {
        warehouse.executeInTransaction(List.of(sql));
      } catch (RockyException e) {
        throw new RockyException(e.code(), FILE + ": " + e.getMessage(), e);
      }
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("file", FILE);
    payload.put("adapter", targets.adapterName());
    payload.put("database", database);
    payload.put("duration_ms", ms);
    String shown = database.startsWith(paths.root().toString()) ? paths.relative(java.nio.file.Path.of(database)) : database;
    return CommandResult.success("seed", payload,
        HumanView.lines("seeded " + shown + " (adapter '" + targets.adapterName() + "') from " + FILE + " in "
            + RunView.duration(ms)));
  }
}

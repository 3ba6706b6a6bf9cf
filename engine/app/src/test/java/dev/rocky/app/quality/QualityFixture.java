package dev.rocky.app.quality;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.app.run.RunOptions;
import dev.rocky.compiler.load.LoadOptions;
import dev.rocky.compiler.load.ProjectLoader;
import dev.rocky.core.config.ChecksConfig;
import dev.rocky.core.config.QualityPipeline;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.project.Project;
import dev.rocky.testkit.TestProjects;
import dev.rocky.testkit.fake.InMemoryStateStore;
import dev.rocky.testkit.fake.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The {@code quality} fixture project seeded into an in-memory DuckDB, with a state store and a clock. */
final class QualityFixture implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");
  final Project project;
  final DuckDbAdapter db = DuckDbAdapter.inMemory();
  final MutableClock clock = new MutableClock(T0);
  final InMemoryStateStore state = new InMemoryStateStore(clock);

  QualityFixture() {
    project = Objects.requireNonNull(new ProjectLoader(Map.of())
        .load(TestProjects.open("quality"), LoadOptions.defaults()).project(), "the quality fixture loads");
    db.execute(Objects.requireNonNull(project.seedSql()));
  }

  QualityPipeline dq() {
    return (QualityPipeline) project.config().pipelines().get("dq");
  }

  /** The dq pipeline with other checks. */
  static QualityPipeline with(QualityPipeline p, ChecksConfig checks) {
    return new QualityPipeline(p.target(), p.tables(), checks, p.execution(), p.dependsOn(), p.schedule());
  }

  static ChecksConfig failOnError(ChecksConfig c, boolean fail) {
    return new ChecksConfig(c.enabled(), fail, c.rowCount(), c.columnMatch(), c.freshness(), c.nullRate(), c.custom(),
        c.anomalyThresholdPct(), c.quarantine(), c.assertions(), c.crossSourceOverlap());
  }

  static ChecksConfig quarantine(ChecksConfig c, String mode) {
    return new ChecksConfig(c.enabled(), c.failOnError(), c.rowCount(), c.columnMatch(), c.freshness(), c.nullRate(),
        c.custom(), c.anomalyThresholdPct(), new ChecksConfig.Quarantine(true, mode, null, null), c.assertions(),
        c.crossSourceOverlap());
  }

  QualityPipelineRun runner() {
    return new QualityPipelineRun(db, state, clock, new TableChecker(db, state, clock, () -> "0123456789abcdef"));
  }

  static RunOptions options() {
    return RunOptions.builder("0123456789abcdef").hostname("test-host").filter("").build();
  }

  /** Each row as its values joined by {@code |}. */
  List<String> rows(String sql) {
    QueryResult r = db.query(sql);
    return r.rows().stream().map(row -> row.stream().map(v -> String.valueOf(v)).collect(Collectors.joining("|")))
        .toList();
  }

  long count(String table) {
    return ((Number) Objects.requireNonNull(db.query("SELECT count(*) FROM " + table).single())).longValue();
  }

  @Override
  public void close() {
    db.close();
  }
}

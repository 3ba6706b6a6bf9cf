package dev.rocky.store.local;

import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.state.IdempotencyClaim;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.IdempotencyRecord;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.RowCountSnapshot;
import dev.rocky.core.state.RunLease;
import dev.rocky.core.state.StateKeys;
import dev.rocky.core.state.Watermark;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state store of local runs: one SQLite file (by default {@code .rocky/state.sqlite}) in WAL
 * mode, values as JSON in Rocky's shapes (branches and promotions included), the schema versioned
 * in {@code metadata}. Every operation is one transaction, so a process killed mid-write leaves the
 * previous state; other processes on the same file wait up to the busy timeout for a writer to
 * finish.
 */
public final class SqliteStateStore implements StateStore {
  /** The state file's place in a project. */
  public static final String DEFAULT_PATH = ".rocky/state.sqlite";
  /** How long to wait for another process's write before failing with STATE_BUSY. */
  public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

  private final SqliteDatabase db;
  private final StateJson json;
  private final SqliteCoordination coordination;
  private final SqliteBranches branches;

  private SqliteStateStore(SqliteDatabase db, Clock clock) {
    this.db = db;
    this.json = new StateJson(db.file().toString());
    this.coordination = new SqliteCoordination(db, json, clock);
    this.branches = new SqliteBranches(db, json);
  }

  /** The state file of the project at {@code projectRoot}. */
  public static SqliteStateStore forProject(Path projectRoot) {
    return open(projectRoot.resolve(DEFAULT_PATH), Clock.systemUTC(), DEFAULT_BUSY_TIMEOUT);
  }

  public static SqliteStateStore open(Path file, Clock clock) {
    return open(file, clock, DEFAULT_BUSY_TIMEOUT);
  }

  /** Opens (creating or migrating) the state file. */
  public static SqliteStateStore open(Path file, Clock clock, Duration busyTimeout) {
    SqliteDatabase db = SqliteDatabase.open(file, busyTimeout);
    try {
      int version = db.read("reading the schema version of", c -> SqliteSchema.version(c, db.file()));
      SqliteSchema.checkNotNewer(version, db.file());
      if (version < SqliteSchema.CURRENT_VERSION) {
        db.write("preparing", c -> {
          SqliteSchema.migrate(c, db.file());
          return null;
        });
      }
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return new SqliteStateStore(db, clock);
  }

  public Path file() {
    return db.file();
  }

  @Override
  public Optional<Watermark> watermark(String targetKey) {
    return db.read("reading a watermark from", c -> watermark(c, targetKey));
  }

  private Optional<Watermark> watermark(Connection c, String targetKey) throws SQLException {
    return Sql.one(c, "SELECT value FROM watermarks WHERE target_key = ?", targetKey).map(v -> json.read(v, Watermark.class));
  }

  @Override
  public boolean advanceWatermark(String targetKey, Watermark watermark) {
    StateKeys.requireValid(targetKey, "targetKey");
    return db.write("advancing a watermark in", c -> advance(c, targetKey, watermark));
  }

  private boolean advance(Connection c, String targetKey, Watermark watermark) throws SQLException {
    Optional<Watermark> current = watermark(c, targetKey);
    if (current.isPresent() && !watermark.isAfter(current.get())) {
      return false;
    }
    Sql.update(c, "INSERT INTO watermarks (target_key, value) VALUES (?, ?)"
        + " ON CONFLICT (target_key) DO UPDATE SET value = excluded.value", targetKey, json.write(watermark));
    return true;
  }

  @Override
  public void resetWatermark(String targetKey) {
    db.write("resetting a watermark in", c -> Sql.update(c, "DELETE FROM watermarks WHERE target_key = ?", targetKey));
  }

  @Override
  public void putPartition(PartitionRecord partition) {
    db.write("recording a partition in", c -> putPartition(c, partition));
  }

  private int putPartition(Connection c, PartitionRecord p) throws SQLException {
    return Sql.update(c, "INSERT INTO partitions (model_name, partition_key, value) VALUES (?, ?, ?)"
        + " ON CONFLICT (model_name, partition_key) DO UPDATE SET value = excluded.value",
        p.modelName(), p.partitionKey(), json.write(p));
  }

  @Override
  public Optional<PartitionRecord> partition(String modelName, String partitionKey) {
    return db.read("reading a partition from", c -> Sql.one(c,
        "SELECT value FROM partitions WHERE model_name = ? AND partition_key = ?", modelName, partitionKey))
        .map(v -> json.read(v, PartitionRecord.class));
  }

  @Override
  public List<PartitionRecord> partitions(String modelName) {
    return db.read("reading partitions from", c -> Sql.all(c,
        "SELECT value FROM partitions WHERE model_name = ? ORDER BY partition_key", modelName))
        .stream().map(v -> json.read(v, PartitionRecord.class)).toList();
  }

  @Override
  public void commitModelResult(ModelCommit commit) {
    db.write("committing " + commit.execution().modelName() + " to", c -> commit(c, commit));
  }

  /** All of them in one transaction: one write of the file (and one sync) instead of one each. */
  @Override
  public void commitModelResults(List<ModelCommit> commits) {
    if (commits.size() == 1) {
      commitModelResult(commits.getFirst());
      return;
    }
    if (commits.isEmpty()) {
      return;
    }
    db.write("committing " + commits.size() + " models' results to", c -> {
      for (ModelCommit commit : commits) {
        commit(c, commit);
      }
      return null;
    });
  }

  private @Nullable Void commit(Connection c, ModelCommit commit) throws SQLException {
    putExecution(c, commit.runId(), commit.execution());
    for (PartitionRecord p : commit.partitions()) {
      putPartition(c, p);
    }
    if (commit.watermark() != null) {
      advance(c, commit.watermark().targetKey(), commit.watermark().watermark());
    }
    return null;
  }

  private void putExecution(Connection c, String runId, ModelExecution e) throws SQLException {
    putExecution(c, runId, e.modelName(), json.write(e));
  }

  private static void putExecution(Connection c, String runId, String model, String value) throws SQLException {
    Sql.update(c, "INSERT INTO model_executions (run_id, model_name, seq, value) VALUES (?, ?,"
        + " (SELECT coalesce(max(seq), 0) + 1 FROM model_executions WHERE run_id = ?), ?)"
        + " ON CONFLICT (run_id, model_name) DO UPDATE SET value = excluded.value",
        runId, model, runId, value);
  }

  /** The stored executions of a run, as stored: model name to JSON. */
  private static Map<String, String> committedValues(Connection c, String runId) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT model_name, value FROM model_executions WHERE run_id = ?")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  @Override
  public List<ModelExecution> modelExecutions(String runId) {
    return db.read("reading model executions from", c -> executions(c, runId));
  }

  @Override
  public Optional<ModelExecution> modelExecution(String runId, String modelName) {
    return db.read("reading a model execution from", c -> Sql.one(c,
        "SELECT value FROM model_executions WHERE run_id = ? AND model_name = ?", runId, modelName))
        .map(v -> json.read(v, ModelExecution.class));
  }

  private List<ModelExecution> executions(Connection c, String runId) throws SQLException {
    return Sql.all(c, "SELECT value FROM model_executions WHERE run_id = ? ORDER BY seq", runId)
        .stream().map(v -> json.read(v, ModelExecution.class)).toList();
  }

  @Override
  public void recordRun(RunRecord run) {
    StateKeys.requireValid(run.runId(), "runId");
    db.write("recording run " + run.runId() + " in", c -> {
      // Most executions were committed as they finished and are unchanged: write only the others.
      Map<String, String> committed = committedValues(c, run.runId());
      for (ModelExecution e : run.modelsExecuted()) {
        String value = json.write(e);
        if (!value.equals(committed.get(e.modelName()))) {
          putExecution(c, run.runId(), e.modelName(), value);
        }
      }
      return Sql.update(c, "INSERT INTO runs (run_id, started_epoch_second, started_nano, value) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (run_id) DO UPDATE SET started_epoch_second = excluded.started_epoch_second,"
          + " started_nano = excluded.started_nano, value = excluded.value",
          run.runId(), run.startedAt().getEpochSecond(), run.startedAt().getNano(),
          json.write(run.withModelsExecuted(List.of())));
    });
  }

  @Override
  public Optional<RunRecord> run(String runId) {
    return db.read("reading run " + runId + " from", c -> {
      Optional<String> header = Sql.one(c, "SELECT value FROM runs WHERE run_id = ?", runId);
      return header.isEmpty() ? Optional.<RunRecord>empty() : Optional.of(withExecutions(c, header.get()));
    });
  }

  @Override
  public List<RunRecord> recentRuns(int limit) {
    return db.read("listing runs in", c -> {
      List<RunRecord> out = new ArrayList<>();
      for (String header : Sql.all(c, "SELECT value FROM runs"
          + " ORDER BY started_epoch_second DESC, started_nano DESC, run_id DESC LIMIT ?", Math.max(0, limit))) {
        out.add(withExecutions(c, header));
      }
      return List.copyOf(out);
    });
  }

  private RunRecord withExecutions(Connection c, String header) throws SQLException {
    RunRecord run = json.read(header, RunRecord.class);
    return run.withModelsExecuted(executions(c, run.runId()));
  }

  @Override
  public void appendRowCount(String tableKey, RowCountSnapshot snapshot, int keep) {
    StateKeys.requireValid(tableKey, "tableKey");
    db.write("recording a row count in", c -> {
      Sql.update(c, "INSERT INTO check_history (table_key, seq, value) VALUES (?,"
          + " (SELECT coalesce(max(seq), 0) + 1 FROM check_history WHERE table_key = ?), ?)",
          tableKey, tableKey, json.write(snapshot));
      return Sql.update(c, "DELETE FROM check_history WHERE table_key = ? AND seq NOT IN"
          + " (SELECT seq FROM check_history WHERE table_key = ? ORDER BY seq DESC LIMIT ?)",
          tableKey, tableKey, Math.max(0, keep));
    });
  }

  @Override
  public List<RowCountSnapshot> rowCounts(String tableKey) {
    return db.read("reading row counts from", c -> Sql.all(c,
        "SELECT value FROM check_history WHERE table_key = ? ORDER BY seq", tableKey))
        .stream().map(v -> json.read(v, RowCountSnapshot.class)).toList();
  }

  @Override
  public IdempotencyClaim claimIdempotencyKey(String key, String runId, IdempotencyPolicy policy) {
    return coordination.claim(key, runId, policy);
  }

  @Override
  public void finishIdempotencyKey(String key, String runId, IdempotencyState outcome, IdempotencyPolicy policy) {
    coordination.finish(key, runId, outcome, policy);
  }

  @Override
  public Optional<IdempotencyRecord> idempotencyRecord(String key) {
    return coordination.record(key);
  }

  @Override
  public RunLease acquireLease(String owner, Duration ttl) {
    return coordination.acquire(owner, ttl);
  }

  @Override
  public RunLease renewLease(String owner, Duration ttl) {
    return coordination.renew(owner, ttl);
  }

  @Override
  public void releaseLease(String owner) {
    coordination.release(owner);
  }

  @Override
  public Optional<RunLease> currentLease() {
    return coordination.current();
  }

  @Override
  public boolean createBranch(BranchRecord branch) {
    return branches.create(branch);
  }

  @Override
  public Optional<BranchRecord> branch(String name) {
    return branches.get(name);
  }

  @Override
  public List<BranchRecord> branches() {
    return branches.all();
  }

  @Override
  public boolean deleteBranch(String name) {
    return branches.delete(name);
  }

  @Override
  public void recordPromotion(PromotionRecord promotion) {
    branches.record(promotion);
  }

  @Override
  public List<PromotionRecord> promotions(int limit) {
    return branches.recent(limit);
  }

  @Override
  public void close() {
    db.close();
  }
}

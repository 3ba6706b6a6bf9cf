package dev.rocky.store.local;

import dev.rocky.testkit.ChildJvm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.run.Failures;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.LeaseHeldException;
import dev.rocky.core.state.StoreErrorCode;
import dev.rocky.core.state.Watermark;
import dev.rocky.testkit.contract.StateFixtures;
import dev.rocky.testkit.fake.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStateStoreTest {
  private static final Duration TTL = Duration.ofMinutes(10);
  private static final Duration CHILD_START = Duration.ofSeconds(60);

  @TempDir Path project;
  private final MutableClock clock = new MutableClock(Instant.now());

  private Path file() {
    return project.resolve(SqliteStateStore.DEFAULT_PATH);
  }

  @Test
  void twoStoresOnOneFileCannotBothHoldTheLease() {
    try (SqliteStateStore a = SqliteStateStore.open(file(), clock); SqliteStateStore b = SqliteStateStore.open(file(), clock)) {
      a.acquireLease("process-a", TTL);

      assertThatThrownBy(() -> b.acquireLease("process-b", TTL)).isInstanceOf(LeaseHeldException.class)
          .hasMessageContaining("process-a");
      assertThat(b.currentLease()).hasValueSatisfying(l -> assertThat(l.owner()).isEqualTo("process-a"));

      clock.advance(TTL);
      assertThat(b.acquireLease("process-b", TTL).owner()).isEqualTo("process-b");
      assertThatThrownBy(() -> a.acquireLease("process-a", TTL)).isInstanceOf(LeaseHeldException.class);
    }
  }

  @Test
  void storesRacingForTheLeaseOnOneFileHaveOneWinner() throws Exception {
    SqliteStateStore.open(file(), clock).close();
    java.util.List<SqliteStateStore> stores = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      stores.add(SqliteStateStore.open(file(), clock));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> wins = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        SqliteStateStore store = stores.get(i);
        String owner = "store-" + i;
        wins.add(pool.submit(() -> {
          try {
            store.acquireLease(owner, TTL);
            return true;
          } catch (LeaseHeldException e) {
            return false;
          }
        }));
      }
      int won = 0;
      for (java.util.concurrent.Future<Boolean> w : wins) {
        won += w.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
      stores.forEach(SqliteStateStore::close);
    }
  }

  @Test
  void anotherProcessCannotTakeALiveLeaseAndACrashedOnesLeaseLapses() throws Exception {
    SqliteStateStore.open(file(), clock).close();
    try (ChildJvm child = ChildJvm.start(StateFileChild.class, "hold-lease", file().toString(), "child-process")) {
      child.awaitLine("ready", CHILD_START);
      try (SqliteStateStore store = SqliteStateStore.open(file(), clock)) {
        assertThatThrownBy(() -> store.acquireLease("parent", TTL))
            .isInstanceOfSatisfying(LeaseHeldException.class, e -> assertThat(e.holder().owner()).isEqualTo("child-process"));

        child.kill();
        assertThatThrownBy(() -> store.acquireLease("parent", TTL)).isInstanceOf(LeaseHeldException.class);
        clock.set(Instant.now().plus(TTL).plusSeconds(1));
        assertThat(store.acquireLease("parent", TTL).owner()).isEqualTo("parent");
      }
    }
  }

  @Test
  void aWriterKilledMidTransactionLeavesOnlyWhatItCommitted() throws Exception {
    Watermark committed = new Watermark(Instant.parse("2026-02-01T00:00:00Z"), StateFileChild.START);
    try (ChildJvm child = ChildJvm.start(StateFileChild.class, "die-mid-write", file().toString())) {
      child.awaitLine("ready", CHILD_START);
      try (SqliteStateStore reader = SqliteStateStore.open(file(), clock, Duration.ofMillis(200))) {
        assertThat(reader.watermark("raw.orders")).contains(committed);
        assertThatThrownBy(() -> reader.advanceWatermark("raw.other", committed))
            .isInstanceOfSatisfying(RockyException.class, e -> {
              assertThat(e.code()).isEqualTo(StoreErrorCode.STATE_BUSY);
              assertThat(Failures.isTransient(e)).isTrue();
            }).hasMessageContaining(file().getFileName().toString());
      }
      child.kill();
    }

    try (SqliteStateStore store = SqliteStateStore.open(file(), clock)) {
      assertThat(store.watermark("raw.orders")).contains(committed);
      assertThat(store.modelExecutions("run-1")).containsExactly(StateFileChild.execution("orders"));
      assertThat(store.advanceWatermark("raw.other", committed)).isTrue();
    }
  }

  @Test
  void resultsCommittedTogetherAreStoredInOrderWithTheirWatermarksOrNotAtAll() throws Exception {
    String run = StateFixtures.runId(clock.instant());
    Instant t0 = clock.instant();
    ModelExecution orders = StateFixtures.succeeded("orders", t0);
    ModelExecution customers = StateFixtures.failed("customers", t0);
    try (SqliteStateStore store = SqliteStateStore.forProject(project)) {
      store.commitModelResults(List.of(
          ModelCommit.of(run, orders, StateFixtures.advance("raw.orders", "2026-02-01T00:00:00Z", t0)),
          ModelCommit.of(run, customers)));
      assertThat(store.modelExecutions(run)).containsExactly(orders, customers);
      assertThat(store.watermark("raw.orders")).map(Watermark::lastValue).contains(Instant.parse("2026-02-01T00:00:00Z"));
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file()); var s = c.createStatement()) {
      s.execute("CREATE TRIGGER refuse BEFORE INSERT ON watermarks WHEN NEW.target_key = 'raw.refused'"
          + " BEGIN SELECT RAISE(ABORT, 'refused'); END");
    }

    try (SqliteStateStore store = SqliteStateStore.forProject(project)) {
      ModelExecution payments = StateFixtures.succeeded("payments", t0);
      ModelExecution refused = StateFixtures.succeeded("refused", t0);
      assertThatThrownBy(() -> store.commitModelResults(List.of(ModelCommit.of(run, payments),
          ModelCommit.of(run, refused, StateFixtures.advance("raw.refused", "2026-02-01T00:00:00Z", t0)))))
          .isInstanceOfSatisfying(RockyException.class,
              e -> assertThat(e.code()).isEqualTo(StoreErrorCode.STATE_WRITE_FAILED));

      assertThat(store.modelExecutions(run)).as("none of a failed group").containsExactly(orders, customers);
    }
  }

  @Test
  void theFileIsVersionedInWalModeAndKeepsEverythingAcrossReopens() throws Exception {
    try (SqliteStateStore store = SqliteStateStore.forProject(project)) {
      store.advanceWatermark("raw.orders", new Watermark(Instant.parse("2026-02-01T00:00:00Z"), Instant.EPOCH));
    }
    try (SqliteStateStore store = SqliteStateStore.forProject(project)) {
      assertThat(store.watermark("raw.orders")).isPresent();
    }
    assertThat(query("SELECT value FROM metadata WHERE key = 'schema_version'")).isEqualTo("3");
    assertThat(query("PRAGMA journal_mode")).isEqualTo("wal");
    assertThat(query("SELECT value FROM watermarks")).contains("\"last_value\":\"2026-02-01T00:00:00Z\"");
  }

  @Test
  void aVersion1FileIsMigratedToVersion3WithBranchesAndCheckHistoryAndKeepsItsData() throws Exception {
    try (SqliteStateStore store = SqliteStateStore.open(file(), clock)) {
      store.advanceWatermark("raw.orders", new Watermark(Instant.parse("2026-02-01T00:00:00Z"), Instant.EPOCH));
    }
    SqliteStateStoreContractTest.execute(file(), "DROP TABLE branches", "DROP TABLE promotions",
        "DROP TABLE check_history", "UPDATE metadata SET value = '1' WHERE key = 'schema_version'");

    try (SqliteStateStore store = SqliteStateStore.open(file(), clock)) {
      assertThat(store.watermark("raw.orders")).isPresent();
      assertThat(store.createBranch(dev.rocky.testkit.contract.StateFixtures.branch("fix", Instant.EPOCH))).isTrue();
      assertThat(store.branches()).hasSize(1);
      store.appendRowCount("raw.orders", new dev.rocky.core.state.RowCountSnapshot(7, Instant.EPOCH), 5);
      assertThat(store.rowCounts("raw.orders")).hasSize(1);
    }
    assertThat(query("SELECT value FROM metadata WHERE key = 'schema_version'")).isEqualTo("3");
  }

  @Test
  void aVersion2FileWithBranchesGainsTheCheckHistoryAndKeepsItsBranches() throws Exception {
    try (SqliteStateStore store = SqliteStateStore.open(file(), clock)) {
      store.createBranch(dev.rocky.testkit.contract.StateFixtures.branch("fix", Instant.EPOCH));
    }
    SqliteStateStoreContractTest.execute(file(), "DROP TABLE check_history",
        "UPDATE metadata SET value = '2' WHERE key = 'schema_version'");

    try (SqliteStateStore store = SqliteStateStore.open(file(), clock)) {
      assertThat(store.branch("fix")).isPresent();
      store.appendRowCount("raw.orders", new dev.rocky.core.state.RowCountSnapshot(7, Instant.EPOCH), 5);
      assertThat(store.rowCounts("raw.orders")).hasSize(1);
    }
    assertThat(query("SELECT value FROM metadata WHERE key = 'schema_version'")).isEqualTo("3");
  }

  @Test
  void aVersion2FileWithCheckHistoryGainsBranchesAndKeepsItsRowCounts() throws Exception {
    try (SqliteStateStore store = SqliteStateStore.open(file(), clock)) {
      store.appendRowCount("raw.orders", new dev.rocky.core.state.RowCountSnapshot(7, Instant.EPOCH), 5);
    }
    SqliteStateStoreContractTest.execute(file(), "DROP TABLE branches", "DROP TABLE promotions",
        "UPDATE metadata SET value = '2' WHERE key = 'schema_version'");

    try (SqliteStateStore store = SqliteStateStore.open(file(), clock)) {
      assertThat(store.rowCounts("raw.orders")).hasSize(1);
      assertThat(store.createBranch(dev.rocky.testkit.contract.StateFixtures.branch("fix", Instant.EPOCH))).isTrue();
      assertThat(store.branches()).hasSize(1);
    }
    assertThat(query("SELECT value FROM metadata WHERE key = 'schema_version'")).isEqualTo("3");
  }

  @Test
  void aFileFromANewerRockyIsRefused() {
    SqliteStateStore.open(file(), clock).close();
    SqliteStateStoreContractTest.execute(file(), "UPDATE metadata SET value = '99' WHERE key = 'schema_version'");

    assertThatThrownBy(() -> SqliteStateStore.open(file(), clock))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(StoreErrorCode.STATE_SCHEMA_TOO_NEW))
        .hasMessageContaining("schema version 99");
  }

  @Test
  void aFileThatIsNotAStateFileIsReportedAsCorrupt() throws Exception {
    Files.createDirectories(file().getParent());
    Files.writeString(file(), "this is not a database, just some text that is long enough to look like a header");

    assertThatThrownBy(() -> SqliteStateStore.open(file(), clock))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(StoreErrorCode.STATE_CORRUPT))
        .hasMessageContaining(file().toString());
  }

  private String query(String sql) throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file());
        var s = c.createStatement(); var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}

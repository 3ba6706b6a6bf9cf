package dev.rocky.store.local;

import dev.rocky.core.port.StateStore;
import dev.rocky.testkit.contract.StateStoreContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

class SqliteStateStoreContractTest extends StateStoreContract {
  @TempDir Path project;

  @Override
  protected StateStore newStore(Clock clock) {
    return SqliteStateStore.open(project.resolve(SqliteStateStore.DEFAULT_PATH), clock);
  }

  /**
   * From outside the store, through a second connection as another program could: triggers that
   * abort every watermark write. The store writes the execution first, so the failure lands
   * between its two writes.
   */
  @Override
  protected void failCommitsBeforeWatermark(StateStore store) {
    execute(((SqliteStateStore) store).file(),
        "CREATE TRIGGER fail_watermark_insert BEFORE INSERT ON watermarks"
            + " BEGIN SELECT RAISE(ABORT, 'injected failure before the watermark write'); END",
        "CREATE TRIGGER fail_watermark_update BEFORE UPDATE ON watermarks"
            + " BEGIN SELECT RAISE(ABORT, 'injected failure before the watermark write'); END");
  }

  @Override
  protected void stopFailingCommits(StateStore store) {
    execute(((SqliteStateStore) store).file(),
        "DROP TRIGGER fail_watermark_insert", "DROP TRIGGER fail_watermark_update");
  }

  /** Runs statements on the state file through a connection of its own. */
  static void execute(Path file, String... sqls) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      for (String sql : sqls) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

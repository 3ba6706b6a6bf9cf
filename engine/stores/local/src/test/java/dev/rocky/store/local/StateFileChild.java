package dev.rocky.store.local;

import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.Watermark;
import dev.rocky.core.state.WatermarkAdvance;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Child-process main for the state-file tests. {@code hold-lease FILE OWNER} takes the run lease
 * and waits; {@code die-mid-write FILE} commits one model result, then opens a write transaction,
 * writes into it and waits, so the parent can kill it with the transaction open.
 */
public final class StateFileChild {
  static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  private StateFileChild() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "hold-lease" -> {
        try (SqliteStateStore store = SqliteStateStore.open(file, Clock.systemUTC())) {
          store.acquireLease(args[2], Duration.ofMinutes(10));
          ready();
        }
      }
      case "die-mid-write" -> {
        try (SqliteStateStore store = SqliteStateStore.open(file, Clock.systemUTC())) {
          store.commitModelResult(ModelCommit.of("run-1", execution("orders"),
              new WatermarkAdvance("raw.orders", new Watermark(Instant.parse("2026-02-01T00:00:00Z"), START))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
          s.execute("BEGIN IMMEDIATE");
          s.execute("UPDATE watermarks SET value = replace(value, '2026-02-01', '2026-02-28')");
          s.execute("INSERT INTO model_executions (run_id, model_name, seq, value) VALUES ('run-1', 'customers', 2, '{}')");
          ready();
        }
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static ModelExecution execution(String model) {
    return new ModelExecution(model, START, START.plusSeconds(1), 1000, 5L, null, null, ModelStatus.SUCCESS,
        "0123456789abcdef", null, List.of());
  }

  private static void ready() throws Exception {
    System.out.println("ready");
    System.out.flush();
    while (System.in.read() >= 0) {
      // hold on until the parent closes our input, or kills us
    }
  }
}

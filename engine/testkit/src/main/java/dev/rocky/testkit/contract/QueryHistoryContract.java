package dev.rocky.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.QueryHistoryEntry;
import dev.rocky.core.port.WarehouseCapability;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link WarehouseCapability#QUERY_HISTORY}: a statement the adapter ran shows up in the history
 * under the id its {@link ExecutionResult} reported, with its text and duration: what cost
 * attribution joins on.
 */
public interface QueryHistoryContract extends WarehouseFixture {

  @Test
  default void aStatementShowsInTheHistoryUnderItsQueryId() throws InterruptedException {
    assumeTrue(adapter().supports(WarehouseCapability.QUERY_HISTORY), "the adapter has no query history");
    Instant since = Instant.now().minus(Duration.ofMinutes(1));
    ExecutionResult ran = adapter().execute("CREATE TABLE " + qualified("history_probe") + " AS SELECT 4242 AS rocky_history_probe");
    assertThat(ran.queryId()).as("the statement's warehouse id").isNotNull();

    Optional<QueryHistoryEntry> entry = Optional.empty();
    long deadline = System.nanoTime() + contractDialect().historyLag().toNanos();
    while (entry.isEmpty() && System.nanoTime() < deadline) {
      entry = adapter().queryHistory(since).stream().filter(e -> e.queryId().equals(ran.queryId())).findFirst();
      if (entry.isEmpty()) {
        Thread.sleep(200);
      }
    }

    assertThat(entry).hasValueSatisfying(e -> {
      assertThat(e.sql()).contains("rocky_history_probe");
      assertThat(e.startedAt()).isAfterOrEqualTo(since);
      assertThat(e.duration().isNegative()).isFalse();
      assertThat(e.bytesScanned() == null || e.bytesScanned() >= 0).isTrue();
    });
  }
}

package dev.rocky.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseCapability;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link WarehouseCapability#TIME_TRAVEL}: reading a table as it was at an earlier instant. */
public interface TimeTravelContract extends WarehouseFixture {

  @Test
  default void aTableReadsAsItWasAtAnEarlierInstant() throws InterruptedException {
    assumeTrue(adapter().supports(WarehouseCapability.TIME_TRAVEL), "the adapter cannot time travel");
    Duration gap = contractDialect().timeTravelGap();
    adapter().execute("CREATE TABLE " + qualified("travel") + " (id BIGINT)");
    adapter().execute("INSERT INTO " + qualified("travel") + " VALUES (1)");
    Thread.sleep(gap.toMillis());
    Instant between = Instant.now();
    Thread.sleep(gap.toMillis());
    adapter().execute("INSERT INTO " + qualified("travel") + " VALUES (2)");

    QueryResult then = adapter().readTableAsOf(table("travel"), between);
    assertThat(WarehouseFixture.lower(then.columnNames())).containsExactly("id");
    assertThat(then.rows()).extracting(r -> WarehouseFixture.normalize(r.get(0))).containsExactly(1L);
    assertThat(adapter().readTableAsOf(table("travel"), Instant.now()).rows()).hasSize(2);
  }
}

package dev.rocky.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rocky.core.port.WarehouseCapability;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link WarehouseCapability#CLONE}: a clone has the source's rows, replaces an older clone, and is independent. */
public interface CloneContract extends WarehouseFixture {

  @Test
  default void aCloneHasTheSourceRowsAndChangesIndependently() {
    assumeTrue(adapter().supports(WarehouseCapability.CLONE), "the adapter cannot clone");
    adapter().execute("CREATE TABLE " + qualified("clone_src") + " (id BIGINT)");
    adapter().execute("INSERT INTO " + qualified("clone_src") + " VALUES (1), (2)");

    adapter().cloneTable(table("clone_src"), table("clone_copy"));
    assertThat(rows("SELECT id FROM " + qualified("clone_copy") + " ORDER BY id")).containsExactly(List.of(1L), List.of(2L));

    adapter().execute("INSERT INTO " + qualified("clone_copy") + " VALUES (3)");
    assertThat(rows("SELECT id FROM " + qualified("clone_src") + " ORDER BY id")).containsExactly(List.of(1L), List.of(2L));

    adapter().cloneTable(table("clone_src"), table("clone_copy"));
    assertThat(rows("SELECT COUNT(*) AS n FROM " + qualified("clone_copy"))).containsExactly(List.of(2L));
  }
}

package dev.rocky.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.planner.ModelGraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockersTest {
  // raw -> stg -> eph (not built) -> fct ; stg -> side ; other (independent)
  final ModelGraph graph = new ModelGraph(List.of(List.of("stg", "other"), List.of("eph", "side"), List.of("fct")),
      Map.of("eph", List.of("stg"), "fct", List.of("eph"), "side", List.of("stg")));
  final Blockers blockers = new Blockers(graph, Set.of("stg", "other", "side", "fct"));

  @Test
  void nothingIsBlockedBeforeAFailure() {
    assertThat(blockers.blockerOf("fct")).isEmpty();
  }

  @Test
  void aFailureBlocksItsDownstreamThroughModelsTheRunDoesNotBuild() {
    blockers.failed("stg");
    assertThat(blockers.blockerOf("side")).hasValue(new Blockers.Blocker("stg", "stg"));
    assertThat(blockers.blockerOf("fct")).hasValueSatisfying(b ->
        assertThat(b.reason()).isEqualTo("upstream 'stg' failed (through 'eph')"));
    assertThat(blockers.blockerOf("other")).isEmpty();
  }

  @Test
  void aSkippedModelPassesItsRootFailureOn() {
    ModelGraph chain = new ModelGraph(List.of(List.of("a"), List.of("b"), List.of("c")),
        Map.of("b", List.of("a"), "c", List.of("b")));
    Blockers b = new Blockers(chain, Set.of("a", "b", "c"));
    b.failed("a");
    Blockers.Blocker onB = b.blockerOf("b").orElseThrow();
    b.skipped("b", onB);
    assertThat(b.blockerOf("c")).hasValue(new Blockers.Blocker("a", "b"));
    assertThat(b.blockerOf("c").orElseThrow().reason()).isEqualTo("upstream 'a' failed (through 'b')");
  }
}

package dev.rocky.fn.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.app.cost.OrchestrationUsage;
import dev.rocky.fn.support.FunctionJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The transitions {@link WorkflowUsage} counts are the states of the definitions' success path: each
 * listed state exists, and each is reachable from the one before it.
 */
class WorkflowUsageTest {
  private static final Path DEFINITIONS = Path.of("../../statemachines");

  /** A successful run of one segment: before, between and after the segment. */
  private static final List<String> RUN = List.of("Defaults", "Settings", "Compile", "HasCompileErrors", "StartRun",
      "IsDeflected", "FirstSegment", "RunSegment", "NextSegment", "MoreSegments", "FinishRun", "PostRun", "Cost",
      "Govern", "PublishCatalog", "Outcome", "RunSucceeded");
  private static final List<String> SEGMENT_IN_RUN = List.of("RunSegment", "NextSegment", "MoreSegments");
  /** A segment of one batch. */
  private static final List<String> SEGMENT = List.of("FirstBatch", "PlanBatch", "ExecuteBatch", "MoreBatches", "SegmentDone");
  private static final List<String> BATCH = List.of("PlanBatch", "ExecuteBatch", "MoreBatches", "NextBatch");

  @Test
  void theCountsAreTheStatesOfTheSuccessPath() throws IOException {
    JsonNode run = FunctionJson.read(Files.readAllBytes(DEFINITIONS.resolve("run.asl.json")), JsonNode.class).path("States");
    JsonNode segment = FunctionJson.read(Files.readAllBytes(DEFINITIONS.resolve("run-segment.asl.json")), JsonNode.class)
        .path("States");
    assertPath(run, RUN);
    assertPath(segment, SEGMENT);
    assertPath(segment, List.of("MoreBatches", "NextBatch", "PlanBatch"));

    assertThat(WorkflowUsage.RUN_TRANSITIONS).isEqualTo(RUN.size() - SEGMENT_IN_RUN.size());
    assertThat(WorkflowUsage.SEGMENT_TRANSITIONS).isEqualTo(SEGMENT_IN_RUN.size() + 1);
    assertThat(WorkflowUsage.BATCH_TRANSITIONS).isEqualTo(BATCH.size());
    JsonNode iteration = segment.path("ExecuteBatch").path("ItemProcessor").path("States");
    assertThat(iteration.path("ExecuteModel").path("End").asBoolean()).isTrue();
    assertThat(WorkflowUsage.MODEL_TRANSITIONS).isEqualTo(1);
  }

  @Test
  void aRunOfOneSegmentAndOneBatchHasTheTransitionsItsPathEnters() {
    OrchestrationUsage shared = WorkflowUsage.shared(1, 1);
    // The run's path, the child's FirstBatch, and one batch whose last state is SegmentDone.
    assertThat(shared.stateTransitions()).isEqualTo(RUN.size() + 1 + BATCH.size());
    assertThat(shared.requests()).isEqualTo(7);
  }

  private static void assertPath(JsonNode states, List<String> path) {
    for (int i = 0; i < path.size(); i++) {
      assertThat(states.has(path.get(i))).as(path.get(i)).isTrue();
      if (i > 0) {
        assertThat(successors(states.path(path.get(i - 1)))).as(path.get(i - 1) + " -> " + path.get(i)).contains(path.get(i));
      }
    }
  }

  private static List<String> successors(JsonNode state) {
    List<String> out = new ArrayList<>();
    if (state.has("Next")) {
      out.add(state.path("Next").asText());
    }
    if (state.has("Default")) {
      out.add(state.path("Default").asText());
    }
    state.path("Choices").forEach(c -> out.add(c.path("Next").asText()));
    return out;
  }
}

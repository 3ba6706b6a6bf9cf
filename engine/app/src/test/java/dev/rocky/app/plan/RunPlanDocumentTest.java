package dev.rocky.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.app.branch.ProjectDigest;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.replay.Recipe;
import dev.rocky.core.project.Strategy;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunPlanDocumentTest {
  private static final TestProject PROJECT = new TestProject()
      .model("stg", new Strategy.FullRefresh(), "SELECT 1 AS id")
      .model("fct", new Strategy.Merge(List.of("id"), null), "SELECT id FROM stg", "stg")
      .schema("fct", "id:Int64");

  private static RunPlanDocument document(String digest) {
    RunPlan plan = PROJECT.plan();
    List<List<Recipe>> layers = plan.layers().stream().map(l -> l.stream()
        .map(s -> new Recipe(s.model(), "models/" + s.model() + ".sql", s, List.of(), List.of(), List.of())).toList())
        .toList();
    return new RunPlanDocument(RunPlanDocument.KIND, new ProjectDigest(digest, Map.of("models/stg.sql", digest)),
        "models", "0123456789abcdef", "duckdb", null, null, List.of(), Map.of("b", "2", "a", "1"), 4,
        PartitionOptions.LATEST, PROJECT.graph(), layers);
  }

  @Test
  void roundTripsToTheSamePlanAndTheSameId() {
    RunPlanDocument doc = document("a".repeat(64));
    byte[] bytes = doc.bytes();

    RunPlanDocument read = RunPlanDocument.read(bytes, doc.id());

    assertThat(read.id()).isEqualTo(doc.id()).isEqualTo(document("a".repeat(64)).id());
    assertThat(read.runPlan().steps()).extracting(ModelStep::model).containsExactly("stg", "fct");
    assertThat(read.runPlan().steps()).isEqualTo(PROJECT.plan().steps());
    assertThat(read.graph()).isEqualTo(PROJECT.graph());
    assertThat(read.recipes()).containsOnlyKeys("stg", "fct");
    assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("{\"config_hash\":").doesNotContain("\n");
  }

  @Test
  void refusesAnAlteredFileAndAChangedProject() {
    RunPlanDocument doc = document("a".repeat(64));
    byte[] altered = new String(doc.bytes(), StandardCharsets.UTF_8).replace("SELECT 1", "SELECT 2")
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RunPlanDocument.read(altered, doc.id()))
        .isInstanceOfSatisfying(PlanException.class, e -> assertThat(e.code()).isEqualTo(PlanErrorCode.PLAN_CORRUPT));

    doc.requireCurrent(new ProjectDigest("a".repeat(64), Map.of("models/stg.sql", "a".repeat(64))));
    assertThatThrownBy(() -> doc.requireCurrent(new ProjectDigest("b".repeat(64), Map.of("models/stg.sql", "b".repeat(64)))))
        .isInstanceOfSatisfying(PlanException.class, e -> assertThat(e.code()).isEqualTo(PlanErrorCode.PLAN_STALE))
        .hasMessageContaining("models/stg.sql");
  }
}

package dev.rocky.fn.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.fn.RockyUserError;
import dev.rocky.fn.compile.testing.ProjectZips;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.StoredPlan;
import dev.rocky.core.memory.MemoryArtifactStore;
import dev.rocky.testkit.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compile function against an in-memory artifact store. */
class CompileHandlerTest {
  private final MemoryArtifactStore artifacts = new MemoryArtifactStore();
  private final CompileHandler handler = new CompileHandler(CompileWiring.inMemory(artifacts));

  private CompileResponse compile(CompileRequest request) {
    return FunctionJson.read(handler.invoke(FunctionJson.bytes(request), Invocation.local()), CompileResponse.class);
  }

  private JsonNode artifact(String key) throws IOException {
    return FunctionJson.mapper().readTree(artifacts.get(key).orElseThrow());
  }

  @Test
  void aCleanProjectYieldsItsReportIrAndPlan() throws IOException {
    String snapshot = artifacts.put(ProjectZips.of(TestProjects.files("typed")));

    CompileResponse response = compile(CompileRequest.of(snapshot));

    assertThat(response.hasErrors()).isFalse();
    assertThat(response.models()).isGreaterThan(10);
    assertThat(response.dialect()).isEqualTo("duckdb");
    assertThat(response.planKey()).isNotNull();
    assertThat(response.layers()).hasSize(response.executionLayers());
    assertThat(response.layers().get(0)).contains("stg_orders");

    JsonNode report = artifact(response.reportKey());
    assertThat(report.get("version").asText()).isNotBlank();
    assertThat(report.get("command").asText()).isEqualTo("compile");
    assertThat(report.get("models").asInt()).isEqualTo(response.models());
    assertThat(report.get("models_detail")).hasSize(response.models());
    JsonNode ir = artifact(response.irKey());
    assertThat(ir.get("models")).hasSize(response.models());
    assertThat(ir.get("lineage").size()).isPositive();
    StoredPlan plan = FunctionJson.read(artifacts.get(response.planKey()).orElseThrow(), StoredPlan.class);
    assertThat(plan.modelLayers()).isEqualTo(response.layers());
    assertThat(plan.step("stg_orders")).hasValueSatisfying(s -> assertThat(s.sql()).contains("raw"));
    assertThat(plan.sqlFile("stg_orders")).isEqualTo("models/stg_orders.sql");
  }

  @Test
  void aProjectWithErrorsHasNoPlanButItsDiagnostics() throws IOException {
    String snapshot = artifacts.put(ProjectZips.of(TestProjects.files("typed-errors")));

    CompileResponse response = compile(CompileRequest.of(snapshot));

    assertThat(response.hasErrors()).isTrue();
    assertThat(response.errors()).isPositive();
    assertThat(response.planKey()).isNull();
    assertThat(response.layers()).isEmpty();
    assertThat(artifact(response.reportKey()).get("diagnostics").findValuesAsText("code")).contains("E002", "E003");
  }

  @Test
  void compilingTheSameSnapshotTwiceGivesTheSameKeys() {
    String snapshot = artifacts.put(ProjectZips.of(TestProjects.files("typed")));

    CompileResponse first = compile(CompileRequest.of(snapshot));
    CompileResponse second = compile(CompileRequest.of(snapshot));

    assertThat(second.irKey()).isEqualTo(first.irKey());
    assertThat(second.planKey()).isEqualTo(first.planKey());
  }

  @Test
  void aMissingOrUnreadableSnapshotIsTheCallersError() {
    assertThatThrownBy(() -> compile(CompileRequest.of("0".repeat(64))))
        .isInstanceOfSatisfying(RockyUserError.class, e -> assertThat(e.code()).isEqualTo("SNAPSHOT_NOT_FOUND"));
    String garbage = artifacts.put("just some text".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> compile(CompileRequest.of(garbage)))
        .isInstanceOfSatisfying(RockyUserError.class, e -> assertThat(e.code()).isEqualTo("SNAPSHOT_UNREADABLE"));
    assertThatThrownBy(() -> handler.invoke("{}".getBytes(StandardCharsets.UTF_8), Invocation.local()))
        .isInstanceOfSatisfying(RockyUserError.class, e -> assertThat(e.code()).isEqualTo("REQUEST_INVALID"));
  }

  @Test
  void aStateMachineAsksForNoLayersAndGetsTheConfigHashAsRockyRunComputesIt() throws Exception {
    Map<String, String> files = TestProjects.files("typed");
    String snapshot = artifacts.put(ProjectZips.of(files));

    CompileResponse response = compile(new CompileRequest(snapshot, null, null, null, false));

    assertThat(response.layers()).isNull();
    assertThat(response.planKey()).isNotNull();
    assertThat(new String(handler.invoke(FunctionJson.bytes(new CompileRequest(snapshot, null, null, null, false)),
        Invocation.local()), StandardCharsets.UTF_8)).doesNotContain("\"layers\"");
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(files.get("rocky.toml").getBytes(StandardCharsets.UTF_8));
    assertThat(response.configHash()).isEqualTo(HexFormat.of().formatHex(digest).substring(0, 16));
  }

  @Test
  void aBranchPlanWritesIntoTheBranchSchema() {
    String snapshot = artifacts.put(ProjectZips.of(TestProjects.files("typed")));

    CompileResponse response = compile(new CompileRequest(snapshot, null, null, "pr_42", null));

    StoredPlan plan = FunctionJson.read(artifacts.get(response.planKey()).orElseThrow(), StoredPlan.class);
    assertThat(plan.step("stg_orders")).hasValueSatisfying(s -> assertThat(s.target().schema()).isEqualTo("branch__pr_42"));
    assertThat(plan.branch()).isEqualTo("pr_42");
    assertThat(plan.projectDigest()).hasSize(64);
    StoredPlan production = FunctionJson.read(artifacts.get(compile(CompileRequest.of(snapshot)).planKey()).orElseThrow(),
        StoredPlan.class);
    assertThat(production.branch()).isNull();
    assertThat(production.projectDigest()).as("the same files").isEqualTo(plan.projectDigest());
    Map<String, String> edited = new LinkedHashMap<>(TestProjects.files("typed"));
    edited.put("models/stg_orders.sql", edited.get("models/stg_orders.sql") + "\n");
    StoredPlan changed = FunctionJson.read(artifacts.get(compile(CompileRequest.of(artifacts.put(ProjectZips.of(edited))))
        .planKey()).orElseThrow(), StoredPlan.class);
    assertThat(changed.projectDigest()).as("a model file changed").isNotEqualTo(plan.projectDigest());
  }
}

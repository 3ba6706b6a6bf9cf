package dev.rocky.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code branch-promote.asl.json}: the branch build is a real run (the run state machine as a
 * child execution, the real functions, DuckDB); the gates and the replacements are the branch
 * function's, which does not exist yet: {@link BranchFunctionStub} answers its contract.
 */
class BranchPromoteWorkflowTest {
  @TempDir Path dir;

  @Test
  void aBranchIsBuiltThenGatedThenPromoted() {
    try (Deployment aws = new Deployment(dir)) {
      Shop.seed(aws.warehouse, false);
      String snapshot = aws.upload("snapshots/pr-42.zip", Shop.zip(Shop.files()));
      aws.bridge.register("branch", new BranchFunctionStub(aws.warehouse, true));

      Execution promote = aws.run("branch-promote.asl.json", Map.of("branch", "pr_42", "snapshot_key", snapshot,
          "promoted_by", "alice"));

      assertThat(promote.succeeded()).as(promote.toString()).isTrue();
      assertThat(promote.output().path("status").asText()).isEqualTo("promoted");
      assertThat(promote.output().path("tables").asInt()).isEqualTo(6);
      assertThat(aws.bridge.calls("branch")).extracting(c -> c.payload().contains("\"step\":\"plan\""))
          .containsExactly(true, false);
      RunRecord branchRun = aws.stores.state().recentRuns(1).getFirst();
      assertThat(branchRun.status()).isEqualTo(RunStatus.SUCCESS);
      assertThat(branchRun.trigger()).isEqualTo(RunTrigger.CI);
      assertThat(branchRun.triggeringIdentity()).isEqualTo("alice");
      assertThat(aws.warehouse.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'")
          .single()).as("nothing was built in production").isEqualTo(0L);
    }
  }

  @Test
  void aRefusedGateStopsBeforeAnyReplacement() {
    try (Deployment aws = new Deployment(dir)) {
      String snapshot = aws.upload("snapshots/pr-43.zip", Shop.zip(Shop.files()));
      aws.bridge.register("branch", new BranchFunctionStub(aws.warehouse, false));

      Execution promote = aws.run("branch-promote.asl.json", Map.of("branch", "pr_43", "snapshot_key", snapshot,
          "build", false));

      assertThat(promote.status()).isEqualTo("FAILED");
      assertThat(promote.error()).isEqualTo("Rocky.PromotionRefused");
      assertThat(promote.cause()).contains("approval gate");
      assertThat(aws.bridge.calls("branch")).hasSize(1);
      assertThat(promote.calls("compile") + promote.calls("execute") + promote.calls("catalog")).isZero();
    }
  }
}

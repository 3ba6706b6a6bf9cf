package dev.rocky.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.app.branch.Approval;
import dev.rocky.app.replay.CanonicalJson;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.fn.compile.SnapshotDigest;
import dev.rocky.fn.support.ArchiveProjectSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code branch-promote.asl.json} with the real functions: the branch built by the run state machine
 * (a child execution) into {@code branch__<name>} of the DuckDB file, the gates and the replacements
 * by the branch function ({@code PromotionService}), the catalog by the govern function's publish
 * step; the approvals packed with the snapshot, production's recipes recorded by a local
 * {@code rocky run}.
 */
class BranchPromoteWorkflowTest {
  @TempDir Path dir;

  @Test
  void aPromotionWaitsForAnApprovalOfTheFilesTheBranchWasBuiltFrom() {
    try (Deployment aws = new Deployment(dir)) {
      Shop.seed(aws.warehouse, false);
      Map<String, String> files = approvalRequired(Shop.files());
      String snapshot = aws.upload("snapshots/pr-42.zip", Shop.zip(files));

      Execution refused = aws.run("branch-promote.asl.json", Map.of("branch", "pr_42", "snapshot_key", snapshot,
          "promoted_by", "alice"));

      assertThat(refused.status()).as(refused.toString()).isEqualTo("FAILED");
      assertThat(refused.error()).isEqualTo("Rocky.PromotionRefused");
      assertThat(refused.cause()).contains("approval_required").contains("nothing was changed");
      RunRecord branchRun = aws.stores.state().recentRuns(1).getFirst();
      assertThat(branchRun.status()).isEqualTo(RunStatus.SUCCESS);
      assertThat(branchRun.trigger()).isEqualTo(RunTrigger.CI);
      assertThat(branchRun.triggeringIdentity()).isEqualTo("alice");
      assertThat(branchRun.branch()).isEqualTo("pr_42");
      assertThat(branchRun.projectDigest()).isEqualTo(digest(files));
      assertThat(aws.stores.state().branch("pr_42")).isPresent();
      assertThat(tables(aws, "branch__pr_42")).isEqualTo(6);
      assertThat(tables(aws, "main")).as("nothing was promoted").isZero();
      assertThat(aws.stores.state().promotions(10)).isEmpty();
      assertThat(aws.bridge.calls("branch")).hasSize(1);

      Approval approval = Approval.sign("pr_42", digest(files), "bob", Instant.now(), "checked the revenue mart");
      Map<String, String> approved = new LinkedHashMap<>(files);
      approved.put(".rocky/approvals/pr_42/" + approval.digest() + ".json",
          new String(CanonicalJson.bytes(approval), StandardCharsets.UTF_8));
      String approvedSnapshot = aws.upload("snapshots/pr-42-approved.zip", Shop.zip(approved));

      Execution promoted = aws.run("branch-promote.asl.json", Map.of("branch", "pr_42", "snapshot_key",
          approvedSnapshot, "build", false, "promoted_by", "alice", "git_commit", "abc123"));

      assertThat(promoted.succeeded()).as(promoted.toString()).isTrue();
      JsonNode out = promoted.output();
      assertThat(out.path("status").asText()).isEqualTo("promoted");
      assertThat(out.path("run_id").asText()).isEqualTo(branchRun.runId());
      assertThat(out.path("tables").asInt()).isEqualTo(6);
      assertThat(promoted.calls("compile") + promoted.calls("execute")).as("no build").isZero();
      assertThat(aws.bridge.calls("branch")).extracting(c -> c.payload().contains("\"step\":\"plan\""))
          .containsExactly(true, true, false);
      PromotionRecord record = aws.stores.state().promotions(10).getFirst();
      assertThat(record.promotionId()).isEqualTo(out.path("promotion_id").asText());
      assertThat(record.approvers()).containsExactly("bob");
      assertThat(record.promotedBy()).isEqualTo("alice");
      assertThat(record.gitCommit()).isEqualTo("abc123");
      assertThat(tables(aws, "main")).isEqualTo(6);
      assertThat(aws.warehouse.query("SELECT sum(revenue) FROM main.fct_revenue_by_country").single().toString())
          .isEqualTo(aws.warehouse.query("SELECT sum(revenue) FROM branch__pr_42.fct_revenue_by_country").single()
              .toString()).isEqualTo("77.75");
      assertThat(out.at("/catalog/catalog/home_key").asText()).isEqualTo(aws.catalogPrefix + "index.html");
      assertThat(aws.catalogFile("index.html")).isPresent();
    }
  }

  @Test
  void aBreakingChangeIsRefusedUnlessAllowedAndTheAllowanceIsRecorded() {
    try (Deployment aws = new Deployment(dir)) {
      Shop.seed(aws.warehouse, false);
      Shop.write(Shop.files(), dir.resolve("production"));
      assertThat(LocalRocky.recorded(dir.resolve("production"), aws.warehouse, aws.stores.state(),
          aws.stores.artifacts()).status()).isEqualTo(RunStatus.SUCCESS);
      Map<String, String> narrowed = Shop.files();
      narrowed.put("models/stg_orders.sql",
          "SELECT order_id, customer_id, CAST(amount AS INTEGER) AS amount, updated_at FROM raw.orders\n");
      String snapshot = aws.upload("snapshots/pr-7.zip", Shop.zip(narrowed));

      Execution refused = aws.run("branch-promote.asl.json", Map.of("branch", "pr_7", "snapshot_key", snapshot));

      assertThat(refused.status()).as(refused.toString()).isEqualTo("FAILED");
      assertThat(refused.error()).isEqualTo("Rocky.PromotionRefused");
      assertThat(refused.cause()).contains("breaking_changes").contains("amount").doesNotContain("approval_required");
      assertThat(amountType(aws, "main")).isEqualTo("DECIMAL(10,2)");
      assertThat(amountType(aws, "branch__pr_7")).isEqualTo("INTEGER");

      Execution allowed = aws.run("branch-promote.asl.json", Map.of("branch", "pr_7", "snapshot_key", snapshot,
          "build", false, "allow_breaking", true));

      assertThat(allowed.succeeded()).as(allowed.toString()).isTrue();
      assertThat(allowed.output().path("summary").asText()).contains("allowed with allow_breaking");
      PromotionRecord record = aws.stores.state().promotions(10).getFirst();
      assertThat(record.allowBreaking()).isTrue();
      assertThat(record.breakingChanges()).isNotEmpty();
      assertThat(amountType(aws, "main")).isEqualTo("INTEGER");
    }
  }

  private static Map<String, String> approvalRequired(Map<String, String> files) {
    files.put("rocky.toml", files.get("rocky.toml") + "\n[branch.approval]\nrequired = true\n");
    return files;
  }

  /** The project digest of {@code files}, as the compile function records it for the run. */
  private static String digest(Map<String, String> files) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return SnapshotDigest.of(new ArchiveProjectSource("test", bytes), "rocky.toml");
  }

  private static long tables(Deployment aws, String schema) {
    return ((Number) aws.warehouse.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
        + schema + "'").single()).longValue();
  }

  private static String amountType(Deployment aws, String schema) {
    return String.valueOf(aws.warehouse.query("SELECT data_type FROM information_schema.columns WHERE table_schema = '"
        + schema + "' AND table_name = 'stg_orders' AND column_name = 'amount'").single());
  }
}

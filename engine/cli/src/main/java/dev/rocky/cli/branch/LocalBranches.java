package dev.rocky.cli.branch;

import dev.rocky.app.branch.Approval;
import dev.rocky.app.branch.ApprovalVerdict;
import dev.rocky.app.branch.BranchErrorCode;
import dev.rocky.app.branch.BranchException;
import dev.rocky.app.branch.BranchService;
import dev.rocky.app.branch.ProjectDigest;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.config.GovernanceSections;
import dev.rocky.store.local.SqliteStateStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rocky branch create|list|show|delete|approve}. Reading commands on a project that never
 * ran create no state file.
 */
final class LocalBranches {
  private final Clock clock;

  LocalBranches(Clock clock) {
    this.clock = clock;
  }

  CommandResult create(Requests.Branch request) {
    ProjectPaths paths = ProjectPaths.of(request.config());
    String name = java.util.Objects.requireNonNull(request.name(), "name");
    try (SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
      BranchRecord b = new BranchService(state, clock).create(name, request.description(), Identity.current(paths.root()));
      return CommandResult.success("branch create", Map.of("branch", b), HumanView.lines(
          "created branch " + b.name() + " (schema " + b.schemaPrefix() + ")",
          "build it with: rocky run --branch " + b.name()));
    }
  }

  CommandResult list(Requests.Branch request) {
    ProjectPaths paths = ProjectPaths.of(request.config());
    List<BranchService.BranchState> branches = List.of();
    if (paths.hasState()) {
      try (SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
        branches = new BranchService(state, clock).list();
      }
    }
    TextTable.Builder table = TextTable.builder("BRANCH", "SCHEMA", "CREATED BY", "CREATED", "LAST RUN", "STATUS")
        .emptyMessage("no branches; create one with: rocky branch create NAME");
    for (BranchService.BranchState b : branches) {
      table.row(b.branch().name(), b.branch().schemaPrefix(), b.branch().createdBy(), b.branch().createdAt(),
          b.lastRun() == null ? "-" : b.lastRun().runId(), b.lastRun() == null ? "-" : b.lastRun().status());
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("count", branches.size());
    payload.put("branches", branches);
    return CommandResult.success("branch list", payload, table.build());
  }

  CommandResult show(Requests.Branch request) {
    ProjectPaths paths = ProjectPaths.of(request.config());
    String name = java.util.Objects.requireNonNull(request.name(), "name");
    if (!paths.hasState()) {
      throw notFound(name);
    }
    try (SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
      BranchService.BranchState b = new BranchService(state, clock).show(name);
      ApprovalVerdict approval = verdict(paths, name, paths.digest());
      List<PromotionRecord> promotions = state.promotions(1000).stream().filter(p -> p.branch().equals(name)).toList();
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("branch", b.branch());
      if (b.lastRun() != null) {
        payload.put("last_run", b.lastRun());
      }
      payload.put("approval", approval);
      payload.put("promotions", promotions);
      return CommandResult.success("branch show", payload, out -> {
        out.println("branch " + name + " (schema " + b.branch().schemaPrefix() + "), created by "
            + b.branch().createdBy() + " at " + b.branch().createdAt());
        out.println("last run: " + (b.lastRun() == null ? "never" : b.lastRun().runId() + " " + b.lastRun().status()));
        out.println("approvals: " + approval.approvers().size() + " valid of " + approval.minApprovers()
            + (approval.required() ? " required" : " (not required)"));
        approval.rejected().forEach(r -> out.println("  - " + r.approver() + ": " + r.reason()));
        out.println("promotions: " + promotions.size());
      });
    }
  }

  CommandResult delete(Requests.Branch request) {
    ProjectPaths paths = ProjectPaths.of(request.config());
    String name = java.util.Objects.requireNonNull(request.name(), "name");
    if (!paths.hasState()) {
      throw notFound(name);
    }
    try (SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
      BranchRecord b = new BranchService(state, clock).delete(name);
      return CommandResult.success("branch delete", Map.of("deleted", b), HumanView.lines(
          "deleted branch " + name + "; its tables in schema " + b.schemaPrefix() + " were kept"));
    }
  }

  CommandResult approve(Requests.Approve request) {
    ProjectPaths paths = ProjectPaths.of(request.config(), request.models());
    if (!paths.hasState()) {
      throw notFound(request.name());
    }
    try (SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
      new BranchService(state, clock).require(request.name());
    }
    ProjectDigest digest = paths.digest();
    Approval approval = Approval.sign(request.name(), digest.sha256(), Identity.current(paths.root()), clock.instant(),
        request.message());
    new ApprovalFiles(paths.root()).add(approval);
    ApprovalVerdict verdict = verdict(paths, request.name(), digest);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("approval", approval);
    payload.put("file", ApprovalFiles.relative(approval));
    payload.put("gate", verdict);
    return CommandResult.success("branch approve", payload, HumanView.lines(
        "approved branch " + request.name() + " as " + approval.approver() + " at state " + digest.sha256().substring(0, 12),
        "approvals: " + verdict.approvers().size() + " valid of " + verdict.minApprovers()
            + (verdict.required() ? " required" : " (not required)")));
  }

  private ApprovalVerdict verdict(ProjectPaths paths, String name, ProjectDigest digest) {
    GovernanceSections.Approval config = paths.load().config().branch().approval();
    return ApprovalVerdict.of(config, name, digest.sha256(), new ApprovalFiles(paths.root()).approvals(name),
        clock.instant());
  }

  static BranchException notFound(String name) {
    return new BranchException(BranchErrorCode.BRANCH_NOT_FOUND, "no branch named '" + name + "'",
        "create it with: rocky branch create " + name);
  }
}

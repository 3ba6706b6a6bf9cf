package dev.rocky.app.branch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.replay.RunSummary;
import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.RunRecord;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky branch create|list|show|delete}: branch records in the state store. Deleting a
 * branch forgets it but leaves its tables (as Rocky does); its promotions stay in the audit trail.
 */
public final class BranchService {
  private static final int SCAN = 10_000;
  private final StateStore state;
  private final Clock clock;

  public BranchService(StateStore state, Clock clock) {
    this.state = state;
    this.clock = clock;
  }

  /** A branch with its last run, if it ran. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BranchState(@JsonProperty("branch") BranchRecord branch,
      @JsonProperty("last_run") @Nullable RunSummary lastRun) {}

  public BranchRecord create(String name, @Nullable String description, @Nullable String createdBy) {
    requireSchemaSafe(name);
    BranchRecord record = new BranchRecord(name, BranchRecord.defaultSchema(name), createdBy, clock.instant(),
        description);
    if (!state.createBranch(record)) {
      throw new BranchException(BranchErrorCode.BRANCH_EXISTS, "branch '" + name + "' exists already",
          "see it with: rocky branch show " + name + ", or delete it first");
    }
    return record;
  }

  public List<BranchState> list() {
    List<RunRecord> runs = state.recentRuns(SCAN);
    return state.branches().stream().map(b -> new BranchState(b, lastRun(runs, b.name()))).toList();
  }

  public BranchState show(String name) {
    return new BranchState(require(name), lastRun(state.recentRuns(SCAN), name));
  }

  public BranchRecord require(String name) {
    return state.branch(name).orElseThrow(() -> new BranchException(BranchErrorCode.BRANCH_NOT_FOUND,
        "no branch named '" + name + "'", "create it with: rocky branch create " + name));
  }

  public BranchRecord delete(String name) {
    BranchRecord record = require(name);
    state.deleteBranch(name);
    return record;
  }

  /** The branch's newest run, if any. */
  public Optional<RunRecord> lastRun(String name) {
    return state.recentRuns(SCAN).stream().filter(r -> name.equals(r.branch())).findFirst();
  }

  private static @Nullable RunSummary lastRun(List<RunRecord> runs, String name) {
    return runs.stream().filter(r -> name.equals(r.branch())).findFirst().map(RunSummary::of).orElse(null);
  }

  /** The name must be usable as the schema {@code branch__<name>} (the planner's rule). */
  private static void requireSchemaSafe(String name) {
    try {
      TargetResolver.of(SqlDialect.DUCKDB).onBranch(name);
    } catch (RockyException e) {
      throw new BranchException(BranchErrorCode.BRANCH_INVALID_NAME, e.getMessage(),
          "use 1 to 64 letters, digits and underscores, e.g. fix_revenue");
    }
  }
}

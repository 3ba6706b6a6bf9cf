package dev.rocky.cli.cost;

import dev.rocky.app.cost.CostHistory;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.compiler.cost.CostProjections;
import dev.rocky.compiler.cost.ProjectedCost;
import dev.rocky.core.config.CostSections;
import dev.rocky.core.run.RunRecord;
import dev.rocky.store.local.SqliteStateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The recorded runs of a project on this machine, in {@code .rocky/state.sqlite}. A project that
 * never ran has no history; reading never creates the state file.
 */
public final class LocalCostHistory {
  private LocalCostHistory() {}

  /** Up to {@link CostHistory#RUNS_READ} recent runs. */
  public static CostHistory read(Path root, int minRuns) {
    if (!Files.isRegularFile(root.resolve(SqliteStateStore.DEFAULT_PATH))) {
      return new CostHistory(List.of(), minRuns);
    }
    try (SqliteStateStore state = SqliteStateStore.forProject(root)) {
      return new CostHistory(state.recentRuns(CostHistory.RUNS_READ), minRuns);
    }
  }

  /**
   * Projections for E027 read on first use: a compile whose models set no budget ceiling never
   * opens the state file.
   */
  public static CostProjections projections(Path root) {
    return new CostProjections() {
      private @Nullable CostHistory history;

      @Override
      public synchronized Optional<ProjectedCost> of(String model) {
        if (history == null) {
          history = read(root, CostSections.Cost.defaults().minHistoryRuns());
        }
        return history.of(model);
      }
    };
  }

  /** The run named by {@code id}, or the newest for {@code latest}. */
  static RunRecord find(ProjectPaths paths, String id) {
    if (!paths.hasState()) {
      throw new CliException(CliErrorCode.USAGE, "no runs recorded yet in " + paths.root(), "build the models first: rocky run");
    }
    try (SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
      Optional<RunRecord> run = CostRequests.LATEST.equals(id)
          ? state.recentRuns(1).stream().findFirst()
          : state.run(id);
      return run.orElseThrow(() -> CostRequests.LATEST.equals(id)
          ? new CliException(CliErrorCode.USAGE, "no runs recorded yet in " + paths.root(), "build the models first: rocky run")
          : new CliException(CliErrorCode.USAGE, "no run '" + id + "' is recorded", "rocky history lists the runs"));
    }
  }
}

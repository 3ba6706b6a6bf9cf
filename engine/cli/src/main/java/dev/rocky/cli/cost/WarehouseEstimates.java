package dev.rocky.cli.cost;

import dev.rocky.app.cost.ExplainEstimate;
import dev.rocky.app.cost.QueryEstimator;
import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.cli.run.LocalRun;
import dev.rocky.cli.run.Preparation;
import dev.rocky.cli.run.RunRequest;
import dev.rocky.cli.run.RunTargets;
import dev.rocky.cli.run.Warehouses;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.port.WarehouseCapability;
import dev.rocky.planner.RunPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code preview cost}'s {@link QueryEstimator} on this machine: the working tree planned as
 * {@code rocky run} would plan it, and each model's query (its references resolved to the tables a
 * run reads) explained on the pipelines' warehouse. Opened on the first model asked about; a
 * project that does not plan, a DuckDB database not created yet, or a warehouse that fails leaves
 * the preview on history alone, never failing it.
 */
final class WarehouseEstimates implements QueryEstimator, AutoCloseable {
  private final Path config;
  private final Path models;
  private boolean opened;
  private @Nullable RunPlan plan;
  private @Nullable WarehouseAdapter warehouse;

  WarehouseEstimates(Path config, Path models) {
    this.config = config;
    this.models = models;
  }

  @Override
  public Optional<ExplainEstimate> estimate(String model) {
    open();
    if (plan == null || warehouse == null) {
      return Optional.empty();
    }
    return plan.step(model).flatMap(step -> {
      try {
        return Optional.of(ExplainEstimate.of(warehouse.forModel(model).explain(step.sql())));
      } catch (RockyException e) {
        return Optional.empty(); // a table it reads is not built yet, or the warehouse refused
      }
    });
  }

  private void open() {
    if (opened) {
      return;
    }
    opened = true;
    try {
      RunRequest request = new RunRequest(config, models, null, List.of(), Map.of(), 1, null, PartitionOptions.LATEST,
          false);
      if (!(new LocalRun(Clock.systemUTC()).prepare(request) instanceof Preparation.Ready ready)) {
        return;
      }
      RunTargets targets = ready.planned().targets();
      Path root = ready.planned().paths().root();
      if (!exists(targets, root)) {
        return;
      }
      WarehouseAdapter opened = Warehouses.open(targets, root);
      if (!opened.supports(WarehouseCapability.EXPLAIN)) {
        opened.close();
        return;
      }
      plan = ready.planned().plan();
      warehouse = opened;
    } catch (RuntimeException e) {
      plan = null; // no estimates: the preview rests on history
    }
  }

  /** A DuckDB database is explained only when a run has created it; planning never creates one. */
  private static boolean exists(RunTargets targets, Path root) {
    if (!"duckdb".equalsIgnoreCase(targets.adapter().type())) {
      return true;
    }
    String path = targets.adapter().path();
    return path != null && !path.isBlank() && !path.equals(":memory:") && Files.exists(root.resolve(path));
  }

  @Override
  public void close() {
    if (warehouse != null) {
      warehouse.close();
    }
  }
}

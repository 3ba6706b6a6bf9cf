package dev.rocky.cli.cost;

import dev.rocky.app.cost.CostRollup;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the cost commands ask the wiring for. Paths are absolute. */
public final class CostRequests {
  private CostRequests() {}

  /** The word that names the newest recorded run. */
  public static final String LATEST = "latest";

  /**
   * {@code rocky cost <run_id|latest>}.
   *
   * @param run a run id, or {@link #LATEST}
   * @param model only this model's cost, or null for every model
   */
  public record Run(Path config, String run, @Nullable String model, CostRollup.By by) {
    public Run {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(run, "run");
      Objects.requireNonNull(by, "by");
    }
  }

  /** {@code rocky cost --trend <model>}: its last {@code limit} runs. */
  public record Trend(Path config, String model, int limit) {
    public Trend {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(model, "model");
      if (limit < 1) {
        throw new IllegalArgumentException("--limit must be at least 1: " + limit);
      }
    }
  }

  /** {@code rocky preview cost [base_ref]}. */
  public record Preview(Path config, Path models, @Nullable Path contracts, String baseRef) {
    public Preview {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(models, "models");
      Objects.requireNonNull(baseRef, "baseRef");
    }
  }
}

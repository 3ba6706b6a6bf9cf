package dev.rocky.planner.error;

import static dev.rocky.planner.error.PlannerErrorCode.PLANNER_EPHEMERAL_CYCLE;
import static dev.rocky.planner.error.PlannerErrorCode.PLANNER_INVALID_BRANCH;
import static dev.rocky.planner.error.PlannerErrorCode.PLANNER_INVALID_IDENTIFIER;
import static dev.rocky.planner.error.PlannerErrorCode.PLANNER_INVALID_PARTITION;
import static dev.rocky.planner.error.PlannerErrorCode.PLANNER_INVALID_SELECTOR;
import static dev.rocky.planner.error.PlannerErrorCode.PLANNER_INVALID_STRATEGY;
import static dev.rocky.planner.error.PlannerErrorCode.PLANNER_MERGE_NEEDS_UPDATE_COLUMNS;
import static dev.rocky.planner.error.PlannerErrorCode.PLANNER_UNKNOWN_MODEL;
import static dev.rocky.planner.error.PlannerErrorCode.PLANNER_UNSUPPORTED_STRATEGY;

import dev.rocky.core.error.RockyException;
import java.util.List;

/**
 * Every planner error message, in one place. Each method returns the exception for the caller to
 * throw, so the throw site reads {@code throw PlannerErrors.unknownModel(...)}.
 */
public final class PlannerErrors {
  private PlannerErrors() {}

  public static RockyException unknownModel(String name, String where) {
    return new RockyException(PLANNER_UNKNOWN_MODEL, "unknown model '%s' in %s".formatted(name, where));
  }

  public static RockyException invalidSelector(String text) {
    return new RockyException(PLANNER_INVALID_SELECTOR,
        "invalid model selector '%s': expected NAME, +NAME (with upstream), NAME+ (with downstream) or +NAME+"
            .formatted(text));
  }

  public static RockyException invalidIdentifier(String what, String value, String rule) {
    return new RockyException(PLANNER_INVALID_IDENTIFIER,
        "invalid %s '%s': %s".formatted(what, value, rule));
  }

  public static RockyException emptyStrategySetting(String model, String strategy, String setting) {
    return new RockyException(PLANNER_INVALID_STRATEGY,
        "model '%s': %s needs at least one column in %s".formatted(model, strategy, setting));
  }

  public static RockyException unsupportedStrategy(String model, String strategy, String dialect, String hint) {
    return new RockyException(PLANNER_UNSUPPORTED_STRATEGY,
        "model '%s': strategy %s is not supported on %s; %s".formatted(model, strategy, dialect, hint));
  }

  public static RockyException mergeNeedsUpdateColumns(String model, String dialect) {
    return new RockyException(PLANNER_MERGE_NEEDS_UPDATE_COLUMNS,
        ("model '%s': the output schema of this merge model is not fully known, so its non-key columns cannot be"
            + " listed, and %s has no UPDATE SET *; add update_columns = [\"...\"] under [strategy] in the"
            + " model's sidecar").formatted(model, dialect));
  }

  public static RockyException ephemeralCycle(List<String> chain) {
    return new RockyException(PLANNER_EPHEMERAL_CYCLE,
        "ephemeral models read each other in a cycle: " + String.join(" -> ", chain));
  }

  public static RockyException invalidPartitionKey(String key, String grain, String expected) {
    return new RockyException(PLANNER_INVALID_PARTITION,
        "invalid partition key '%s' for grain %s: expected %s".formatted(key, grain, expected));
  }

  public static RockyException coarserThanGrain(String bound, String grain, String expected) {
    return new RockyException(PLANNER_INVALID_PARTITION,
        "partition bound '%s' is coarser than the model's grain %s: give it as %s"
            .formatted(bound, grain, expected));
  }

  public static RockyException invertedRange(String from, String to) {
    return new RockyException(PLANNER_INVALID_PARTITION,
        "partition range is empty: --from %s is after --to %s".formatted(from, to));
  }

  public static RockyException missingNeedsFirstPartition(String model) {
    return new RockyException(PLANNER_INVALID_PARTITION,
        "model '%s': --missing needs first_partition under [strategy] in the model's sidecar".formatted(model));
  }

  public static RockyException firstPartitionInFuture(String model, String firstPartition, String latest) {
    return new RockyException(PLANNER_INVALID_PARTITION,
        "model '%s': first_partition %s is after the current partition %s".formatted(model, firstPartition, latest));
  }

  public static RockyException invalidPartitionSetting(String model, String setting, int value) {
    return new RockyException(PLANNER_INVALID_PARTITION,
        "model '%s': %s must be %s, got %d"
            .formatted(model, setting, setting.equals("lookback") ? ">= 0" : ">= 1", value));
  }

  public static RockyException invalidBranch(String name, String reason) {
    return new RockyException(PLANNER_INVALID_BRANCH, "invalid branch '%s': %s".formatted(name, reason));
  }

  public static RockyException strategyNotOnBranch(String model, String strategy) {
    return new RockyException(PLANNER_INVALID_BRANCH,
        ("model '%s': %s models cannot run on a branch (their partition state is not isolated);"
            + " leave the model out of the selection or run without --branch").formatted(model, strategy));
  }
}

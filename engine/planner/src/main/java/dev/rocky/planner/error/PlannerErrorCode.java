package dev.rocky.planner.error;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/** Error codes of the planner. Every one is a user error: planning never touches a warehouse. */
public enum PlannerErrorCode implements ErrorCode {
  /** A selector or a model reference names no model of the project. */
  PLANNER_UNKNOWN_MODEL,
  /** A selector is not one of {@code NAME}, {@code +NAME}, {@code NAME+}, {@code +NAME+}. */
  PLANNER_INVALID_SELECTOR,
  /** A catalog, schema, table or column name cannot be put into SQL safely. */
  PLANNER_INVALID_IDENTIFIER,
  /** A strategy setting is missing or empty (e.g. {@code unique_key = []}). */
  PLANNER_INVALID_STRATEGY,
  /** The strategy cannot be materialized on the target dialect. */
  PLANNER_UNSUPPORTED_STRATEGY,
  /** A merge cannot list its update columns and none were configured. */
  PLANNER_MERGE_NEEDS_UPDATE_COLUMNS,
  /** Ephemeral models read each other in a cycle. */
  PLANNER_EPHEMERAL_CYCLE,
  /** A partition key, a range or a time_interval setting is malformed. */
  PLANNER_INVALID_PARTITION,
  /** A branch name cannot become a schema, or the strategy cannot run on a branch. */
  PLANNER_INVALID_BRANCH;

  @Override
  public ErrorType type() {
    return ErrorType.USER_ERROR;
  }
}

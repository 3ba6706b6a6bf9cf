package dev.rocky.app.dbt;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;

/** Why a dbt project could not be read at all (problems with single files are report entries). */
public enum DbtErrorCode implements ErrorCode {
  /** No {@code dbt_project.yml} where the dbt project was said to be. */
  DBT_PROJECT_NOT_FOUND,
  /** {@code dbt_project.yml} or {@code target/manifest.json} is not valid YAML/JSON or not readable. */
  DBT_PROJECT_UNREADABLE,
  /** {@code --manifest} was given but the project has no {@code target/manifest.json}. */
  DBT_MANIFEST_NOT_FOUND;

  @Override
  public ErrorType type() {
    return ErrorType.USER_ERROR;
  }
}

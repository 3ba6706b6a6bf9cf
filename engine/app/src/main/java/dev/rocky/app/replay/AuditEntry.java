package dev.rocky.app.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One change of production's copy of a model: a production run that built it, or a promotion that
 * replaced it from a branch. Says who, when, from which commit, with which recipe, how the audited
 * column was defined (its type and the upstream columns it is computed from) and over which inputs.
 *
 * @param event {@code run} or {@code promotion}
 * @param id the run id or the promotion id
 * @param change how the column (or, without a column, the recipe) differs from the entry before:
 *     {@code first_recorded}, {@code added}, {@code removed}, {@code type_changed},
 *     {@code lineage_changed}, {@code recipe_changed} or {@code unchanged}
 * @param column the column's definition in this recipe; null when the recipe has no such column
 * @param inputs the tables read, with their snapshot's artifact and rows
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(
    @JsonProperty("event") String event,
    @JsonProperty("id") String id,
    @JsonProperty("at") Instant at,
    @JsonProperty("who") @Nullable String who,
    @JsonProperty("trigger") @Nullable RunTrigger trigger,
    @JsonProperty("session_source") @Nullable SessionSource sessionSource,
    @JsonProperty("git_commit") @Nullable String gitCommit,
    @JsonProperty("git_branch") @Nullable String gitBranch,
    @JsonProperty("hostname") @Nullable String hostname,
    @JsonProperty("branch") @Nullable String branch,
    @JsonProperty("allow_breaking") @Nullable Boolean allowBreaking,
    @JsonProperty("recipe_hash") String recipeHash,
    @JsonProperty("input_hash") @Nullable String inputHash,
    @JsonProperty("output_hash") @Nullable String outputHash,
    @JsonProperty("change") String change,
    @JsonProperty("column") @Nullable ColumnDefinition column,
    @JsonProperty("inputs") List<Provenance.Snapshot> inputs) {

  public AuditEntry {
    inputs = List.copyOf(inputs);
  }

  /**
   * A column as a recipe defines it.
   *
   * @param from the upstream columns it is computed from, as {@code model.column (transform)}
   */
  public record ColumnDefinition(
      @JsonProperty("name") String name,
      @JsonProperty("type") String type,
      @JsonProperty("nullable") boolean nullable,
      @JsonProperty("from") List<String> from) {}
}

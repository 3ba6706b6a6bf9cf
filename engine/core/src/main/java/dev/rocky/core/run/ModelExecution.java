package dev.rocky.core.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one model ran within a run; Rocky's {@code ModelExecution}. Counts the warehouse did not
 * report are null, never 0.
 *
 * @param costUsd what the execution cost: the warehouse's share (and, in AWS, the orchestration's), from
 *     the {@code [cost]} model of its warehouse; null when unknown, never 0 for unknown
 * @param sqlHash an opaque fingerprint of the statements run (16 hex characters)
 * @param error the failure message, for a failed model
 * @param attempts the retry trail; empty when the model was not retried (omitted on the wire)
 * @param recipeHash and the fields after it: the execution's {@link RecipeIdentity}, flat as in
 *     Rocky's record; all null for an execution that recorded none (a failure, an older run)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelExecution(
    @JsonProperty("model_name") String modelName,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("finished_at") Instant finishedAt,
    @JsonProperty("duration_ms") long durationMs,
    @JsonProperty("rows_affected") @Nullable Long rowsAffected,
    @JsonProperty("bytes_scanned") @Nullable Long bytesScanned,
    @JsonProperty("bytes_written") @Nullable Long bytesWritten,
    @JsonProperty("cost_usd") @Nullable Double costUsd,
    @JsonProperty("status") ModelStatus status,
    @JsonProperty("sql_hash") String sqlHash,
    @JsonProperty("error") @Nullable String error,
    @JsonProperty("attempts") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AttemptRecord> attempts,
    @JsonProperty("recipe_hash") @Nullable String recipeHash,
    @JsonProperty("input_hash") @Nullable String inputHash,
    @JsonProperty("input_proof_class") @Nullable String inputProofClass,
    @JsonProperty("env_hash") @Nullable String envHash,
    @JsonProperty("hash_scheme") @Nullable String hashScheme,
    @JsonProperty("output_hash") @Nullable String outputHash,
    @JsonProperty("provenance") @Nullable String provenance) {

  @JsonCreator
  public ModelExecution {
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sqlHash, "sqlHash");
    attempts = List.copyOf(Objects.requireNonNullElse(attempts, List.of()));
    if (finishedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException(modelName + " finished before it started");
    }
    if (durationMs < 0 || negative(rowsAffected) || negative(bytesScanned) || negative(bytesWritten)) {
      throw new IllegalArgumentException(modelName + ": counts and durations are never negative");
    }
    if (costUsd != null && !(costUsd >= 0 && Double.isFinite(costUsd))) {
      throw new IllegalArgumentException(modelName + ": a cost is a finite amount, never negative: " + costUsd);
    }
  }

  /** An execution whose cost is not known (yet), without a recipe identity. */
  public ModelExecution(String modelName, Instant startedAt, Instant finishedAt, long durationMs,
      @Nullable Long rowsAffected, @Nullable Long bytesScanned, @Nullable Long bytesWritten, ModelStatus status,
      String sqlHash, @Nullable String error, List<AttemptRecord> attempts) {
    this(modelName, startedAt, finishedAt, durationMs, rowsAffected, bytesScanned, bytesWritten, null, status, sqlHash,
        error, attempts);
  }

  /** An execution without a recipe identity: {@code cost_usd} is added when the run's cost is attributed. */
  public ModelExecution(String modelName, Instant startedAt, Instant finishedAt, long durationMs,
      @Nullable Long rowsAffected, @Nullable Long bytesScanned, @Nullable Long bytesWritten, @Nullable Double costUsd,
      ModelStatus status, String sqlHash, @Nullable String error, List<AttemptRecord> attempts) {
    this(modelName, startedAt, finishedAt, durationMs, rowsAffected, bytesScanned, bytesWritten, costUsd, status,
        sqlHash, error, attempts, null, null, null, null, null, null, null);
  }

  /** An execution with a recipe identity (flat), whose cost is not known (yet). */
  public ModelExecution(String modelName, Instant startedAt, Instant finishedAt, long durationMs,
      @Nullable Long rowsAffected, @Nullable Long bytesScanned, @Nullable Long bytesWritten, ModelStatus status,
      String sqlHash, @Nullable String error, List<AttemptRecord> attempts, @Nullable String recipeHash,
      @Nullable String inputHash, @Nullable String inputProofClass, @Nullable String envHash,
      @Nullable String hashScheme, @Nullable String outputHash, @Nullable String provenance) {
    this(modelName, startedAt, finishedAt, durationMs, rowsAffected, bytesScanned, bytesWritten, null, status,
        sqlHash, error, attempts, recipeHash, inputHash, inputProofClass, envHash, hashScheme, outputHash, provenance);
  }

  /** This execution with its attributed cost (its recipe identity kept). */
  public ModelExecution withCostUsd(@Nullable Double cost) {
    return new ModelExecution(modelName, startedAt, finishedAt, durationMs, rowsAffected, bytesScanned, bytesWritten,
        cost, status, sqlHash, error, attempts, recipeHash, inputHash, inputProofClass, envHash, hashScheme,
        outputHash, provenance);
  }

  /** This execution with {@code id} as its recipe identity (or none, for null); its cost kept. */
  /** This execution with the bytes it scanned, as the warehouse's query history reported them. */
  public ModelExecution withBytesScanned(@Nullable Long scanned) {
    return new ModelExecution(modelName, startedAt, finishedAt, durationMs, rowsAffected, scanned, bytesWritten,
        costUsd, status, sqlHash, error, attempts, recipeHash, inputHash, inputProofClass, envHash, hashScheme,
        outputHash, provenance);
  }

  public ModelExecution withIdentity(@Nullable RecipeIdentity id) {
    return id == null
        ? new ModelExecution(modelName, startedAt, finishedAt, durationMs, rowsAffected, bytesScanned, bytesWritten,
            costUsd, status, sqlHash, error, attempts)
        : new ModelExecution(modelName, startedAt, finishedAt, durationMs, rowsAffected, bytesScanned, bytesWritten,
            costUsd, status, sqlHash, error, attempts, id.recipeHash(), id.inputHash(), id.inputProofClass(),
            id.envHash(), id.hashScheme(), id.outputHash(), id.provenance());
  }

  /** The recipe identity recorded for this execution, if any. */
  public java.util.Optional<RecipeIdentity> identity() {
    if (recipeHash == null || envHash == null || hashScheme == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new RecipeIdentity(recipeHash, inputHash, inputProofClass, envHash, hashScheme, outputHash, provenance));
  }

  /** Whether the model's data was written: only then may its watermark move. */
  public boolean succeeded() {
    return status == ModelStatus.SUCCESS;
  }

  private static boolean negative(@Nullable Long value) {
    return value != null && value < 0;
  }
}

package dev.rocky.app.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recorded model in a replay report: its record, and (beyond {@code show}) the verdict with its
 * reason, the columns that differ, and the replayed output hash.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelReplay(
    @JsonProperty("model") String model,
    @JsonProperty("status") ModelStatus status,
    @JsonProperty("sql_hash") String sqlHash,
    @JsonProperty("rows_affected") @Nullable Long rowsAffected,
    @JsonProperty("recipe_hash") @Nullable String recipeHash,
    @JsonProperty("input_hash") @Nullable String inputHash,
    @JsonProperty("input_proof_class") @Nullable String inputProofClass,
    @JsonProperty("env_hash") @Nullable String envHash,
    @JsonProperty("output_hash") @Nullable String outputHash,
    @JsonProperty("verdict") @Nullable String verdict,
    @JsonProperty("reason") @Nullable String reason,
    @JsonProperty("differing_columns") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> differingColumns,
    @JsonProperty("replayed_output_hash") @Nullable String replayedOutputHash,
    @JsonProperty("recorded_rows") @Nullable Long recordedRows,
    @JsonProperty("replayed_rows") @Nullable Long replayedRows,
    @JsonProperty("note") @Nullable String note) {

  public ModelReplay {
    differingColumns = differingColumns == null ? List.of() : List.copyOf(differingColumns);
  }

  /** The record alone ({@code show}). */
  static ModelReplay shown(ModelExecution e) {
    return new ModelReplay(e.modelName(), e.status(), e.sqlHash(), e.rowsAffected(), e.recipeHash(), e.inputHash(),
        e.inputProofClass(), e.envHash(), e.outputHash(), null, null, List.of(), null, null, null, null);
  }

  /** The record with a verdict; {@code recordedRows} from the provenance, when it was read. */
  static ModelReplay judged(ModelExecution e, Verdict v, @Nullable Long recordedRows, @Nullable String note) {
    ModelReplay base = shown(e);
    return switch (v) {
      case Verdict.Replayable r -> base.with(v.name(), null, List.of(), null, recordedRows, null, note);
      case Verdict.NonReplayable n -> base.with(v.name(), n.reason(), List.of(), null, recordedRows, null, note);
      case Verdict.Executed x -> base.with(v.name(), null, List.of(), x.output().content(), recordedRows,
          x.output().rows(), note);
      case Verdict.BitExact b -> base.with(v.name(), null, List.of(), b.output().content(), recordedRows,
          b.output().rows(), note);
      case Verdict.Diverged d -> base.with(v.name(), d.reason(), d.columns(),
          d.output() == null ? null : d.output().content(), recordedRows, d.output() == null ? null : d.output().rows(),
          note);
    };
  }

  private ModelReplay with(String verdictName, @Nullable String why, List<String> columns, @Nullable String replayed,
      @Nullable Long recorded, @Nullable Long replayedRowCount, @Nullable String noteText) {
    return new ModelReplay(model, status, sqlHash, rowsAffected, recipeHash, inputHash, inputProofClass, envHash,
        outputHash, verdictName, why, columns, replayed, recorded, replayedRowCount, noteText);
  }
}

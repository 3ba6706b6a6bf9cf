package dev.rocky.app.replay;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.state.StoreErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recorded model execution with everything a replay reads, loaded and checked: its provenance,
 * its recipe, and the Parquet bytes of each input (and of the target before, when it kept rows);
 * an input an earlier model of the same run built has that model, loaded and checked the same way
 * (a replay rebuilds it first); an input read by Time Travel (Databricks, Snowflake) has its
 * version or instant instead. The artifact store checks every artifact against its name, so a
 * tampered one is found here.
 */
record RecordedModel(Provenance provenance, Recipe recipe, List<Input> inputs, @Nullable Input priorTarget) {

  /**
   * A snapshot with its Parquet bytes; no bytes for a table read by Time Travel; for a table built
   * earlier in the run, the model that built it instead.
   */
  record Input(Provenance.Snapshot snapshot, byte @Nullable [] parquet, @Nullable RecordedModel upstream) {

    Input(Provenance.Snapshot snapshot, byte @Nullable [] parquet) {
      this(snapshot, parquet, null);
    }

    /** The Parquet bytes of a DuckDB snapshot. */
    byte[] bytes() {
      return java.util.Objects.requireNonNull(parquet, "a Time Travel input has no Parquet bytes");
    }
  }

  /** Why a recorded model cannot be replayed. */
  static final class NotReplayable extends Exception {
    private static final long serialVersionUID = 1L;

    NotReplayable(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Loads the provenance and recipe only (enough to explain the execution). */
  static Provenance provenance(ModelExecution e, ArtifactStore artifacts) throws NotReplayable {
    if (e.status() != ModelStatus.SUCCESS) {
      throw new NotReplayable("the model did not succeed in this run (" + e.status() + ")");
    }
    if (e.provenance() == null) {
      throw new NotReplayable(e.recipeHash() == null
          ? "no replay record: the run predates replay records"
          : "no replay record: its inputs or output could not be recorded on this warehouse");
    }
    return Provenance.read(artifact(artifacts, e.provenance(), "replay record"));
  }

  /** Finds the recorded model that built an input in the same run ({@link Provenance.Snapshot#builtInRun}). */
  @FunctionalInterface
  interface Upstreams {
    RecordedModel of(Provenance.Snapshot input) throws NotReplayable;
  }

  /**
   * Loads and checks everything, and each upstream model an input was built by in the run (through
   * {@code upstreams}); fails on the first thing missing, corrupt or non-deterministic.
   */
  static RecordedModel load(ModelExecution e, ArtifactStore artifacts, Upstreams upstreams) throws NotReplayable {
    Provenance p = provenance(e, artifacts);
    Recipe recipe = Recipe.read(artifact(artifacts, p.recipeHash(), "recipe"));
    if (!recipe.deterministic()) {
      throw new NotReplayable("non-deterministic SQL: " + String.join(", ", recipe.nondeterministic())
          + " gives another result on every run");
    }
    List<Input> inputs = new ArrayList<>();
    for (Provenance.Snapshot s : p.inputs()) {
      inputs.add(s.builtInRun() != null ? new Input(s, null, upstreams.of(s))
          : input(s, artifacts, "input " + s.table().qualifiedName()));
    }
    Input prior = p.priorTarget() == null ? null
        : input(p.priorTarget(), artifacts, "prior content of " + p.priorTarget().table().qualifiedName());
    return new RecordedModel(p, recipe, inputs, prior);
  }

  private static Input input(Provenance.Snapshot s, ArtifactStore artifacts, String what) throws NotReplayable {
    if (s.travelPoint() != null) {
      return new Input(s, null);
    }
    if (s.artifact() == null) {
      throw new NotReplayable(what + " was not recorded: " + s.missing());
    }
    return new Input(s, artifact(artifacts, s.artifact(), what));
  }

  private static byte[] artifact(ArtifactStore artifacts, String key, String what) throws NotReplayable {
    try {
      return artifacts.get(key).orElseThrow(() -> new NotReplayable(
          what + " (artifact " + key + ") is missing from the artifact store"));
    } catch (RockyException ex) {
      if (ex.code() == StoreErrorCode.ARTIFACT_CORRUPT) {
        throw new NotReplayable(what + " (artifact " + key + ") is corrupt: its bytes no longer hash to its name");
      }
      throw ex;
    }
  }
}

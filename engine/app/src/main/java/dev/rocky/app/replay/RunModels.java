package dev.rocky.app.replay;

import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recorded models of one run, each loaded at most once: a model and, through the inputs built
 * earlier in the run, the models upstream of it. An input built in the run names its model and
 * that model's recipe and output hash; the run's (last successful) execution of the model must
 * have recorded the same, or the input is not replayable.
 */
final class RunModels implements RecordedModel.Upstreams {
  private final ArtifactStore artifacts;
  private final Map<String, ModelExecution> succeeded = new HashMap<>();
  private final Map<ModelExecution, Object> loaded = new HashMap<>();
  private final Set<ModelExecution> loading = new HashSet<>();

  RunModels(RunRecord run, ArtifactStore artifacts) {
    this(run.modelsExecuted(), artifacts);
  }

  RunModels(List<ModelExecution> executions, ArtifactStore artifacts) {
    this.artifacts = artifacts;
    for (ModelExecution e : executions) {
      if (e.status() == ModelStatus.SUCCESS) {
        succeeded.put(e.modelName(), e);
      }
    }
  }

  /** The execution loaded and checked, with its upstreams; a failure is remembered as well. */
  RecordedModel load(ModelExecution e) throws RecordedModel.NotReplayable {
    Object done = loaded.get(e);
    if (done == null) {
      if (!loading.add(e)) {
        throw new RecordedModel.NotReplayable("model '" + e.modelName() + "' reads a table it builds itself, through"
            + " the tables built in the run");
      }
      try {
        done = RecordedModel.load(e, artifacts, this);
      } catch (RecordedModel.NotReplayable n) {
        done = n;
      } finally {
        loading.remove(e);
      }
      loaded.put(e, done);
    }
    if (done instanceof RecordedModel.NotReplayable n) {
      throw new RecordedModel.NotReplayable(n.getMessage());
    }
    return (RecordedModel) done;
  }

  @Override
  public RecordedModel of(Provenance.Snapshot input) throws RecordedModel.NotReplayable {
    Provenance.BuiltInRun built = java.util.Objects.requireNonNull(input.builtInRun(), "an input built in the run");
    String what = "input " + input.table().qualifiedName() + " was built in the run by model '" + input.model() + "'";
    ModelExecution e = succeeded.get(input.model());
    if (e == null) {
      throw new RecordedModel.NotReplayable(what + ", and the run record holds no success of that model");
    }
    RecordedModel upstream;
    try {
      upstream = load(e);
    } catch (RecordedModel.NotReplayable n) {
      throw new RecordedModel.NotReplayable(what + ", which cannot be replayed: " + n.getMessage());
    }
    Provenance p = upstream.provenance();
    if (!p.recipeHash().equals(built.recipeHash()) || !p.output().content().equals(built.outputHash())) {
      throw new RecordedModel.NotReplayable(what + " with recipe " + built.recipeHash() + " and output "
          + built.outputHash() + ", but that model's record has recipe " + p.recipeHash() + " and output "
          + p.output().content());
    }
    return upstream;
  }
}

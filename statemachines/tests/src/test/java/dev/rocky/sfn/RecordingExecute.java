package dev.rocky.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.StoredPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The execute function's contract without the warehouse, for the 5,000-model payload test on a
 * shared 2-core machine: resolves {@code (layer, index)} in the stored plan (read from S3Proxy),
 * commits a success to the state table (DynamoDB Local), answers as the execute function does.
 * What it skips is the DuckDB statement and the execute function's idempotency bookkeeping, which
 * reads the run's every execution per model (quadratic at this size); the real function runs in
 * every other test.
 */
final class RecordingExecute implements LambdaBridge.Function {
  private final StateStore state;
  private final ArtifactStore artifacts;
  private final Map<String, StoredPlan> plans = new ConcurrentHashMap<>();

  RecordingExecute(StateStore state, ArtifactStore artifacts) {
    this.state = state;
    this.artifacts = artifacts;
  }

  @Override
  public byte[] invoke(byte[] payload) {
    JsonNode in;
    try {
      in = FunctionJson.mapper().readTree(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StoredPlan plan = plans.computeIfAbsent(in.path("plan_key").asText(),
        key -> FunctionJson.read(artifacts.get(key).orElseThrow(), StoredPlan.class));
    String model = plan.layers().get(in.path("layer").asInt()).get(in.path("index").asInt()).model();
    String runId = in.path("run_id").asText();
    Instant now = Instant.now();
    state.commitModelResult(ModelCommit.of(runId, new ModelExecution(model, now, now, 0, 0L, null, null,
        ModelStatus.SUCCESS, "0000000000000000", null, List.of())));
    ObjectNode out = FunctionJson.mapper().createObjectNode();
    out.put("run_id", runId);
    out.put("model", model);
    out.put("status", "success");
    out.put("replayed", false);
    return FunctionJson.bytes(out);
  }
}

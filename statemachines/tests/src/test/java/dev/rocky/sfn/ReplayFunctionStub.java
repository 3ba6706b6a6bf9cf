package dev.rocky.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.fn.support.FunctionJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Stands in for the replay function, which does not exist yet (issue 8 builds
 * {@code ReplayService}; its handler will answer this contract, documented in
 * {@code statemachines/README.md#replay}), over a real recorded run of the state store: models are
 * positions in the run record's {@code models_executed}.
 *
 * <ul>
 *   <li>{@code plan {run, model, mode, from}}: {@code {run_id, models, batches, more, next_from}}, a
 *       window of at most {@code maxModels} models from {@code from};
 *   <li>{@code batch {run_id, model, from, position}}: {@code {positions, more, next}};
 *   <li>{@code model {run_id, mode, position}} and {@code model_failed}: {@code {verdict}}, kept for the summary;
 *   <li>{@code summary {run_id, model, mode, from}}: {@code {verdict, models, report_key, summary}}.
 * </ul>
 *
 * The verdict of a model is {@code differs} when the test names it, else {@code reproduced}; nothing is rebuilt.
 */
final class ReplayFunctionStub implements LambdaBridge.Function {
  private final StateStore state;
  private final int maxModels;
  private final int batchSize;
  private final Set<String> differing;
  private final Map<String, String> verdicts = new ConcurrentHashMap<>();

  ReplayFunctionStub(StateStore state, int maxModels, int batchSize, Set<String> differing) {
    this.state = state;
    this.maxModels = maxModels;
    this.batchSize = batchSize;
    this.differing = differing;
  }

  @Override
  public byte[] invoke(byte[] payload) {
    JsonNode in;
    try {
      in = FunctionJson.mapper().readTree(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode out = FunctionJson.mapper().createObjectNode();
    switch (in.path("step").asText()) {
      case "plan" -> {
        String run = in.path("run").asText();
        RunRecord record = run.equals("latest") ? state.recentRuns(1).getFirst() : state.run(run).orElseThrow();
        int from = in.path("from").asInt();
        int window = window(record, from);
        out.put("run_id", record.runId());
        out.put("models", window);
        out.put("batches", (window + batchSize - 1) / batchSize);
        out.put("more", from + window < record.modelsExecuted().size());
        out.put("next_from", from + window);
      }
      case "batch" -> {
        RunRecord record = state.run(in.path("run_id").asText()).orElseThrow();
        int from = in.path("from").asInt();
        int end = from + window(record, from);
        int first = from + in.path("position").asInt() * batchSize;
        var positions = out.putArray("positions");
        for (int p = first; p < Math.min(end, first + batchSize); p++) {
          positions.add(p);
        }
        out.put("more", first + batchSize < end);
        out.put("next", in.path("position").asInt() + 1);
      }
      case "model", "model_failed" -> {
        List<ModelExecution> models = state.run(in.path("run_id").asText()).orElseThrow().modelsExecuted();
        String model = models.get(in.path("position").asInt()).modelName();
        String verdict = in.path("step").asText().equals("model_failed") ? "failed"
            : differing.contains(model) ? "differs" : "reproduced";
        verdicts.put(in.path("run_id").asText() + "#" + in.path("position").asInt(), verdict + " " + model);
        out.put("verdict", verdict);
      }
      case "summary" -> {
        RunRecord record = state.run(in.path("run_id").asText()).orElseThrow();
        int from = in.path("from").asInt();
        int window = window(record, from);
        List<String> judged = IntStream.range(from, from + window)
            .mapToObj(p -> verdicts.getOrDefault(record.runId() + "#" + p, "missing")).toList();
        boolean reproduced = judged.stream().allMatch(v -> v.startsWith("reproduced"));
        out.put("verdict", reproduced ? "reproduced" : "differs");
        out.put("models", window);
        out.put("report_key", "0".repeat(64));
        out.put("summary", record.runId() + " models " + from + ".." + (from + window - 1) + ": " + judged);
      }
      default -> throw new IllegalArgumentException("no step " + in.path("step"));
    }
    return FunctionJson.bytes(out);
  }

  private int window(RunRecord record, int from) {
    return Math.max(0, Math.min(maxModels, record.modelsExecuted().size() - from));
  }
}

package dev.rocky.fn.replay;

import dev.rocky.app.replay.ModelReplay;
import dev.rocky.app.replay.ReplayErrorCode;
import dev.rocky.app.replay.ReplayException;
import dev.rocky.app.replay.ReplayMode;
import dev.rocky.app.replay.ReplayReport;
import dev.rocky.app.replay.ReplayService;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.run.RunRecord;
import dev.rocky.fn.support.FunctionJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The replay function's work, as {@code rocky replay} does it, one model per invocation: the run's
 * window of models, its batches, each model through {@link ReplayService} (rebuilt from its recorded
 * recipe over its recorded inputs on a scratch warehouse), and the window's verdict. The window and
 * its batches are computed again from the run record at each step (it does not change once recorded).
 */
public final class Replayer {
  private final ReplayService service;
  private final ArtifactStore artifacts;
  private final Verdicts verdicts;
  private final int maxModels;
  private final int batchSize;

  /**
   * @param maxModels the models of one window (one execution of the workflow)
   * @param batchSize the models of one batch (one Map state)
   */
  public Replayer(ReplayService service, ArtifactStore artifacts, Verdicts verdicts, int maxModels, int batchSize) {
    if (maxModels < 1 || batchSize < 1) {
      throw new IllegalArgumentException("max_models and batch_size are at least 1");
    }
    this.service = Objects.requireNonNull(service, "service");
    this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
    this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
    this.maxModels = maxModels;
    this.batchSize = batchSize;
  }

  public ReplayFunctionResponse handle(ReplayFunctionRequest r) {
    return switch (r.step()) {
      case PLAN -> plan(r);
      case BATCH -> batch(r);
      case MODEL -> model(r);
      case MODEL_FAILED -> failed(r);
      case SUMMARY -> summary(r);
    };
  }

  private ReplayFunctionResponse plan(ReplayFunctionRequest r) {
    RunRecord record = service.run(Objects.requireNonNull(r.run()));
    List<Integer> all = positions(record, r);
    if (r.model() != null && all.isEmpty() && r.start() == 0) {
      throw new ReplayException(ReplayErrorCode.REPLAY_MODEL_NOT_IN_RUN, "run " + record.runId()
          + " did not execute model '" + r.model() + "'", "see what it executed with: rocky replay " + record.runId());
    }
    List<Integer> window = all.subList(0, Math.min(maxModels, all.size()));
    boolean more = all.size() > window.size();
    int nextFrom = more ? all.get(window.size()) : record.modelsExecuted().size();
    return ReplayFunctionResponse.window(record.runId(), window.size(), (window.size() + batchSize - 1) / batchSize,
        more, nextFrom);
  }

  private ReplayFunctionResponse batch(ReplayFunctionRequest r) {
    RunRecord record = service.run(r.id());
    List<Integer> window = window(record, r);
    int first = Math.min(window.size(), r.at() * batchSize);
    int end = Math.min(window.size(), first + batchSize);
    return ReplayFunctionResponse.batch(record.runId(), window.subList(first, end), end < window.size(), r.at() + 1);
  }

  private ReplayFunctionResponse model(ReplayFunctionRequest r) {
    ModelReplay replay = service.replay(r.id(), r.at(), r.replayMode());
    String verdict = Objects.requireNonNullElse(replay.verdict(), "shown");
    verdicts.put(r.id(), r.at(), new Verdicts.Stored(replay.model(), verdict, replay.reason(), replay));
    return ReplayFunctionResponse.verdict(r.id(), replay.model(), verdict);
  }

  private ReplayFunctionResponse failed(ReplayFunctionRequest r) {
    RunRecord record = service.run(r.id());
    if (r.at() >= record.modelsExecuted().size()) {
      throw new ReplayException(ReplayErrorCode.REPLAY_MODEL_NOT_IN_RUN, "run " + record.runId() + " has no model at position "
          + r.at(), "see what it executed with: rocky replay " + record.runId());
    }
    String model = record.modelsExecuted().get(r.at()).modelName();
    Map<String, String> error = Objects.requireNonNullElse(r.error(), Map.of());
    String reason = "the replay invocation failed: " + error.getOrDefault("Error", "unknown error")
        + (error.containsKey("Cause") ? ": " + error.get("Cause") : "");
    verdicts.put(r.id(), r.at(), new Verdicts.Stored(model, "failed", reason, null));
    return ReplayFunctionResponse.verdict(r.id(), model, "failed");
  }

  private ReplayFunctionResponse summary(ReplayFunctionRequest r) {
    RunRecord record = service.run(r.id());
    List<Integer> window = window(record, r);
    String good = good(r.replayMode());
    Map<String, Integer> counts = new TreeMap<>();
    List<String> notReproduced = new ArrayList<>();
    List<ModelReplay> replays = new ArrayList<>();
    boolean failed = false;
    for (int p : window) {
      String model = record.modelsExecuted().get(p).modelName();
      Verdicts.Stored v = verdicts.get(record.runId(), p)
          .orElse(new Verdicts.Stored(model, "missing", "no verdict was stored: the model was not replayed", null));
      counts.merge(v.verdict(), 1, Integer::sum);
      if (v.replay() != null) {
        replays.add(v.replay());
      }
      failed |= v.verdict().equals("failed");
      if (!v.verdict().equals(good)) {
        notReproduced.add(v.verdict() + " " + v.model() + (v.reason() == null ? "" : " (" + v.reason() + ")"));
      }
    }
    String verdict = failed ? "failed" : notReproduced.isEmpty() ? "reproduced" : "differs";
    String reportKey = artifacts.put(FunctionJson.bytes(ReplayReport.of(record, r.replayMode(), replays)));
    StringBuilder summary = new StringBuilder(record.runId()).append(": ").append(window.size()).append(" model")
        .append(window.size() == 1 ? "" : "s");
    if (!window.isEmpty()) {
      summary.append(" at positions ").append(window.getFirst()).append("..").append(window.getLast());
    }
    summary.append(" replayed (").append(r.replayMode().wireName()).append("): ").append(verdict);
    counts.forEach((k, n) -> summary.append(", ").append(n).append(' ').append(k));
    if (!notReproduced.isEmpty()) {
      summary.append("; ").append(String.join("; ", notReproduced.subList(0, Math.min(10, notReproduced.size()))));
      if (notReproduced.size() > 10) {
        summary.append("; and ").append(notReproduced.size() - 10).append(" more in the report");
      }
    }
    return ReplayFunctionResponse.summary(record.runId(), window.size(), verdict, reportKey, summary.toString());
  }

  /** The verdict that counts as reproduced in {@code mode}. */
  private static String good(ReplayMode mode) {
    return switch (mode) {
      case CHECK -> "replayable";
      case EXECUTE -> "executed";
      case VERIFY -> "bit_exact";
      case SHOW -> "shown";
    };
  }

  /** The positions of the run's models to replay from {@code from}: those named {@code model}, or all. */
  private static List<Integer> positions(RunRecord record, ReplayFunctionRequest r) {
    return IntStream.range(r.start(), Math.max(r.start(), record.modelsExecuted().size()))
        .filter(p -> r.model() == null || record.modelsExecuted().get(p).modelName().equals(r.model()))
        .boxed().toList();
  }

  private List<Integer> window(RunRecord record, ReplayFunctionRequest r) {
    List<Integer> all = positions(record, r);
    return all.subList(0, Math.min(maxModels, all.size()));
  }
}

package dev.rocky.fn.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** TEST-ONLY: executions kept in a map; the test moves them along. */
final class FakeStarter implements RunStarter {
  final Map<String, Execution> executions = new LinkedHashMap<>();
  final List<String> inputs = new ArrayList<>();

  @Override
  public void start(String runId, String input) {
    inputs.add(input);
    executions.put(runId, new Execution(runId, Status.RUNNING, null, null, input, null, null));
  }

  @Override
  public Optional<Execution> describe(String runId) {
    return Optional.ofNullable(executions.get(runId));
  }

  @Override
  public List<Execution> running(int limit) {
    return executions.values().stream().filter(e -> e.status() == Status.RUNNING)
        .sorted((a, b) -> b.runId().compareTo(a.runId())).limit(limit).toList();
  }

  /** Ends the execution with {@code status}. */
  void end(String runId, Status status, String error, String cause) {
    Execution e = executions.get(runId);
    executions.put(runId, new Execution(runId, status, e.startedAt(), java.time.Instant.parse("2026-03-01T00:00:10Z"),
        e.input(), error, cause));
  }
}

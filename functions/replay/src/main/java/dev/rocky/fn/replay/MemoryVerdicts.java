package dev.rocky.fn.replay;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Verdicts in memory: priming, and measuring it. */
public final class MemoryVerdicts implements Verdicts {
  private final Map<String, Stored> verdicts = new ConcurrentHashMap<>();

  @Override
  public void put(String runId, int position, Stored verdict) {
    verdicts.put(runId + "/" + position, verdict);
  }

  @Override
  public Optional<Stored> get(String runId, int position) {
    return Optional.ofNullable(verdicts.get(runId + "/" + position));
  }
}

package dev.rocky.app.cost;

/**
 * What orchestration in AWS used: Lambda GB-seconds and invocations, and Step Functions state
 * transitions (standard workflows bill per transition).
 *
 * @param gbSeconds memory (GB) x billed duration (seconds), summed over invocations
 * @param requests Lambda invocations
 * @param stateTransitions state transitions
 */
public record OrchestrationUsage(double gbSeconds, long requests, long stateTransitions) {

  public static final OrchestrationUsage NONE = new OrchestrationUsage(0, 0, 0);

  public OrchestrationUsage {
    if (gbSeconds < 0 || requests < 0 || stateTransitions < 0 || !Double.isFinite(gbSeconds)) {
      throw new IllegalArgumentException("usage is never negative");
    }
  }

  /** One Lambda invocation with {@code memoryMb} of memory, billed for {@code billedMs} milliseconds. */
  public static OrchestrationUsage lambda(int memoryMb, long billedMs) {
    if (memoryMb <= 0 || billedMs < 0) {
      throw new IllegalArgumentException("memory is positive and durations are never negative");
    }
    return new OrchestrationUsage(memoryMb / 1024.0 * (billedMs / 1000.0), 1, 0);
  }

  public static OrchestrationUsage transitions(long count) {
    return new OrchestrationUsage(0, 0, count);
  }

  public OrchestrationUsage plus(OrchestrationUsage other) {
    return new OrchestrationUsage(gbSeconds + other.gbSeconds, requests + other.requests,
        stateTransitions + other.stateTransitions);
  }

  /** This usage divided evenly {@code ways} ways (fractions of requests and transitions kept in the cost). */
  Share split(int ways) {
    return new Share(gbSeconds / ways, (double) requests / ways, (double) stateTransitions / ways);
  }

  /** A fraction of some usage: what one model carries of what the run shared. */
  record Share(double gbSeconds, double requests, double stateTransitions) {}
}

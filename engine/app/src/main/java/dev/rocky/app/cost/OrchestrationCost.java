package dev.rocky.app.cost;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each model's share of what orchestrating a run cost in AWS, as a pure function (the AWS wiring
 * measures the usage; this prices and attributes it). A model carries what it used itself (its
 * execute Lambda invocations, retries included, and the state transitions of its iteration of the
 * layer's Map state) plus an equal part of what the run used for all models together (the compile,
 * cost and govern functions, and the transitions of the outer workflow). The parts add up to the
 * whole: nothing is lost and nothing counted twice.
 */
public final class OrchestrationCost {
  private OrchestrationCost() {}

  /** What one model carries: its usage, shared part included, and what that costs. */
  public record Attributed(double gbSeconds, double requests, double stateTransitions, double usd) {}

  /**
   * @param own per executed model, what it used itself (a model that used nothing itself is listed
   *     with {@link OrchestrationUsage#NONE} to get its part of the shared usage)
   * @param shared what the run used for all models together
   */
  public static Map<String, Attributed> attribute(Map<String, OrchestrationUsage> own, OrchestrationUsage shared,
      OrchestrationRates rates) {
    Map<String, Attributed> out = new LinkedHashMap<>();
    if (own.isEmpty()) {
      return out;
    }
    OrchestrationUsage.Share part = shared.split(own.size());
    own.forEach((model, usage) -> {
      double gbs = usage.gbSeconds() + part.gbSeconds();
      double requests = usage.requests() + part.requests();
      double transitions = usage.stateTransitions() + part.stateTransitions();
      double usd = gbs * rates.usdPerGbSecond() + requests * rates.usdPerRequest()
          + transitions * rates.usdPerStateTransition();
      out.put(model, new Attributed(gbs, requests, transitions, usd));
    });
    return out;
  }

  /** Just the dollars per model, as {@link CostRequest#withOrchestration} takes them. */
  public static Map<String, Double> usd(Map<String, Attributed> attributed) {
    Map<String, Double> out = new LinkedHashMap<>();
    attributed.forEach((model, a) -> out.put(model, a.usd()));
    return out;
  }
}

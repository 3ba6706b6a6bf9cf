package dev.rocky.app.cost;

import dev.rocky.core.run.RunRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to attribute: a run record, and what the record itself does not hold.
 *
 * @param queryIds per model, the warehouse's ids of its statements (for attributed credits)
 * @param orchestrationUsd per model, its share of the orchestration's cost (AWS; see {@link OrchestrationCost})
 * @param assetKeys per model, its {@code [catalog, schema, table]}
 */
public record CostRequest(RunRecord run, Map<String, List<String>> queryIds, Map<String, Double> orchestrationUsd,
    Map<String, List<String>> assetKeys) {

  public CostRequest {
    Objects.requireNonNull(run, "run");
    queryIds = Map.copyOf(queryIds);
    orchestrationUsd = Map.copyOf(orchestrationUsd);
    assetKeys = Map.copyOf(assetKeys);
  }

  /** Just the record. */
  public static CostRequest of(RunRecord run) {
    return new CostRequest(run, Map.of(), Map.of(), Map.of());
  }

  public CostRequest withOrchestration(Map<String, Double> usdByModel) {
    return new CostRequest(run, queryIds, usdByModel, assetKeys);
  }
}

package dev.rocky.app.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model's share of the AWS orchestration, with worked numbers. */
class OrchestrationCostTest {
  static final OrchestrationRates RATES = new OrchestrationRates(0.00001, 0.0000002, 0.000025);

  @Test
  void aLambdaInvocationIsMemoryInGbTimesBilledSeconds() {
    assertThat(OrchestrationUsage.lambda(2048, 1500).gbSeconds()).isEqualTo(3.0);
    assertThat(OrchestrationUsage.lambda(512, 100).gbSeconds()).isEqualTo(0.05);
    assertThat(OrchestrationUsage.lambda(1024, 0).requests()).isEqualTo(1);
  }

  @Test
  void eachModelCarriesItsOwnUsageAndAnEqualPartOfTheSharedUsage() {
    Map<String, OrchestrationUsage> own = new LinkedHashMap<>();
    // orders: two invocations (one retried) of the 2 GB execute function, 1.5 s and 0.5 s, and 6 transitions
    own.put("orders", OrchestrationUsage.lambda(2048, 1500).plus(OrchestrationUsage.lambda(2048, 500))
        .plus(OrchestrationUsage.transitions(6)));
    // customers: one 1 s invocation and 4 transitions
    own.put("customers", OrchestrationUsage.lambda(2048, 1000).plus(OrchestrationUsage.transitions(4)));
    // the run: compile (3 GB-s) and cost (1 GB-s) functions, 10 transitions of the outer workflow
    OrchestrationUsage shared = OrchestrationUsage.lambda(3072, 1000).plus(OrchestrationUsage.lambda(1024, 1000))
        .plus(OrchestrationUsage.transitions(10));

    Map<String, OrchestrationCost.Attributed> out = OrchestrationCost.attribute(own, shared, RATES);

    OrchestrationCost.Attributed orders = out.get("orders");
    // 4 GB-s own + 2 shared = 6 GB-s; 2 + 1 requests; 6 + 5 transitions
    assertThat(orders.gbSeconds()).isEqualTo(6.0);
    assertThat(orders.requests()).isEqualTo(3.0);
    assertThat(orders.stateTransitions()).isEqualTo(11.0);
    // 6 * 0.00001 + 3 * 0.0000002 + 11 * 0.000025 = 0.00006 + 0.0000006 + 0.000275
    assertThat(orders.usd()).isCloseTo(0.0003356, within(1e-12));
    OrchestrationCost.Attributed customers = out.get("customers");
    assertThat(customers.gbSeconds()).isEqualTo(4.0);
    assertThat(customers.usd()).isCloseTo(4 * 0.00001 + 2 * 0.0000002 + 9 * 0.000025, within(1e-12));
    // nothing lost, nothing counted twice
    double total = (4 + 2 + 4) * 0.00001 + 5 * 0.0000002 + 20 * 0.000025;
    assertThat(OrchestrationCost.usd(out).values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(total, within(1e-12));
  }

  @Test
  void aRunWithoutModelsAttributesNothing() {
    assertThat(OrchestrationCost.attribute(Map.of(), OrchestrationUsage.lambda(1024, 1000), RATES)).isEmpty();
  }

  @Test
  void thePublishedPricesAreThoseOfUsEast1() {
    // 1 GB-s on arm64 and on x86_64, one million requests, one thousand standard transitions
    assertThat(OrchestrationRates.ARM64.usdPerGbSecond()).isEqualTo(0.0000133334);
    assertThat(OrchestrationRates.X86_64.usdPerGbSecond()).isEqualTo(0.0000166667);
    assertThat(OrchestrationRates.ARM64.usdPerRequest() * 1_000_000).isCloseTo(0.20, within(1e-9));
    assertThat(OrchestrationRates.ARM64.usdPerStateTransition() * 1000).isCloseTo(0.025, within(1e-12));
  }
}

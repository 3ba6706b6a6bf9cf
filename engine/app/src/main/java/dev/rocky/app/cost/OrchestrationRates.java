package dev.rocky.app.cost;

/**
 * Prices of the AWS orchestration: Lambda per GB-second and per request, Step Functions (standard
 * workflows) per state transition. The constants are the public on-demand prices in us-east-1.
 */
public record OrchestrationRates(double usdPerGbSecond, double usdPerRequest, double usdPerStateTransition) {

  /** Lambda on arm64 (Graviton): $0.0000133334 per GB-second, $0.20 per million requests; $0.025 per 1,000 transitions. */
  public static final OrchestrationRates ARM64 = new OrchestrationRates(0.0000133334, 0.0000002, 0.000025);

  /** Lambda on x86_64: $0.0000166667 per GB-second, $0.20 per million requests; $0.025 per 1,000 transitions. */
  public static final OrchestrationRates X86_64 = new OrchestrationRates(0.0000166667, 0.0000002, 0.000025);

  public OrchestrationRates {
    if (usdPerGbSecond < 0 || usdPerRequest < 0 || usdPerStateTransition < 0) {
      throw new IllegalArgumentException("prices are never negative");
    }
  }
}

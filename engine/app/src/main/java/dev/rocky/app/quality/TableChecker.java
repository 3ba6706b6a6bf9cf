package dev.rocky.app.quality;

import dev.rocky.core.port.StateStore;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.planner.quality.Assertion;
import dev.rocky.planner.quality.CheckSeverity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Checks one table with one pipeline's {@code [checks]}: the table-wide checks, then each
 * assertion on it, then quarantine. Never throws for a warehouse failure: a check that cannot run
 * is reported as not evaluated (a failure at severity error).
 */
public final class TableChecker {
  private final TableMetrics metrics;
  private final AssertionRunner assertions;
  private final QuarantineRunner quarantine;

  public TableChecker(WarehouseAdapter adapter, StateStore state, Clock clock) {
    this(adapter, state, clock, TableChecker::randomToken);
  }

  /** @param tokens names the working table of each {@code split} quarantine (hex, 8 to 32 digits) */
  public TableChecker(WarehouseAdapter adapter, StateStore state, Clock clock, Supplier<String> tokens) {
    this.metrics = new TableMetrics(adapter, state, clock);
    this.assertions = new AssertionRunner(adapter);
    this.quarantine = new QuarantineRunner(adapter, tokens);
  }

  /**
   * What checking a table found.
   *
   * @param blocking whether a failure here fails the run: an error-severity failure (or a failed
   *     quarantine) with {@code fail_on_error} in force
   */
  public record Outcome(TableCheckResult result, List<AnomalyResult> anomalies, Optional<QuarantineResult> quarantine,
      boolean blocking) {}

  public Outcome check(CheckTarget target, PipelineChecks checks) {
    List<CheckResult> results = new ArrayList<>();
    List<AnomalyResult> anomalies = new ArrayList<>();
    metrics.run(target, checks, results::add, anomalies::add);
    boolean blocking = results.stream().anyMatch(r -> fails(r) && checks.failsRun(null));
    List<Assertion> onTable = checks.assertionsOn(target.names()).stream()
        .map(AssertionParser.PipelineAssertion::assertion).toList();
    for (Assertion a : onTable) {
      CheckResult r = assertions.run(a, target.table()).result();
      results.add(r);
      blocking |= fails(r) && checks.failsRun(a.failOnError());
    }
    Optional<QuarantineResult> quarantined = checks.quarantine() == null ? Optional.empty()
        : quarantine.run(target, onTable, checks.quarantine());
    blocking |= quarantined.map(q -> !q.ok()).orElse(false) && checks.failsRun(null);
    return new Outcome(new TableCheckResult(target.assetKey(), results), anomalies, quarantined, blocking);
  }

  private static boolean fails(CheckResult r) {
    return !r.passed() && r.severity() == CheckSeverity.ERROR;
  }

  private static String randomToken() {
    byte[] bytes = new byte[16];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}

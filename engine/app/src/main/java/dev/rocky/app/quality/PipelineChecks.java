package dev.rocky.app.quality;

import dev.rocky.core.config.ChecksConfig;
import dev.rocky.core.error.RockyException;
import dev.rocky.planner.quality.CheckSeverity;
import dev.rocky.planner.quality.QualityErrorCode;
import dev.rocky.planner.quality.QuarantineMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A pipeline's {@code [checks]}, validated before anything runs: assertions parsed, severities and
 * the quarantine mode known. Built by {@link #of}, which throws a coded error for a malformed one.
 *
 * @param quarantine null when quarantine is off
 */
public record PipelineChecks(
    String pipeline,
    ChecksConfig config,
    List<AssertionParser.PipelineAssertion> assertions,
    @Nullable Quarantine quarantine) {

  /** Rows to keep in the state store's history per table; the anomaly baseline is their mean. */
  public static final int HISTORY = 10;

  public PipelineChecks {
    assertions = List.copyOf(assertions);
  }

  /** Quarantine settings. */
  public record Quarantine(QuarantineMode mode, String suffixValid, String suffixQuarantine) {}

  /** The checks of a pipeline, or empty when they are disabled. */
  public static Optional<PipelineChecks> of(String pipeline, ChecksConfig config) {
    if (!config.enabled()) {
      return Optional.empty();
    }
    List<AssertionParser.PipelineAssertion> assertions = new ArrayList<>();
    for (int i = 0; i < config.assertions().size(); i++) {
      assertions.add(AssertionParser.pipeline(config.assertions().get(i),
          "pipeline '" + pipeline + "' assertion " + (i + 1)));
    }
    severity(pipeline, "freshness", config.freshness() == null ? null : config.freshness().severity());
    severity(pipeline, "null_rate", config.nullRate() == null ? null : config.nullRate().severity());
    config.custom().forEach(c -> severity(pipeline, "custom check '" + c.name() + "'", c.severity()));
    if (config.nullRate() != null && (config.nullRate().threshold() < 0 || config.nullRate().threshold() > 1)) {
      throw invalid(pipeline, "null_rate threshold must lie between 0 and 1, not " + config.nullRate().threshold());
    }
    return Optional.of(new PipelineChecks(pipeline, config, assertions, quarantine(pipeline, config.quarantine())));
  }

  /** The assertions on a table, matched case-insensitively by any of its names (model, table, qualified). */
  public List<AssertionParser.PipelineAssertion> assertionsOn(List<String> names) {
    List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    return assertions.stream().filter(a -> lower.contains(a.table().toLowerCase(Locale.ROOT))).toList();
  }

  /** Whether an error-severity failure of this check fails the run. */
  public boolean failsRun(@Nullable Boolean override) {
    return override != null ? override : config.failOnError();
  }

  /** The configured severity of a check, {@code error} by default. */
  public static CheckSeverity severity(String pipeline, String check, @Nullable String text) {
    if (text == null) {
      return CheckSeverity.ERROR;
    }
    return CheckSeverity.parse(text).orElseThrow(() -> invalid(pipeline,
        check + " severity must be \"error\" or \"warning\", not \"" + text + "\""));
  }

  private static @Nullable Quarantine quarantine(String pipeline, ChecksConfig.@Nullable Quarantine q) {
    if (q == null || !q.enabled()) {
      return null;
    }
    QuarantineMode mode = QuarantineMode.parse(q.mode()).orElseThrow(() -> invalid(pipeline,
        "quarantine mode must be \"split\", \"tag\" or \"drop\", not \"" + q.mode() + "\""));
    return new Quarantine(mode, q.suffixValid(), q.suffixQuarantine());
  }

  private static RockyException invalid(String pipeline, String message) {
    return new RockyException(QualityErrorCode.QUALITY_INVALID_CONFIG, "pipeline '" + pipeline + "' checks: " + message);
  }
}

package dev.rocky.app.govern;

import dev.rocky.compiler.govern.ColumnClassification;
import dev.rocky.compiler.govern.ProjectClassifications;
import dev.rocky.core.config.MaskConfig.Strategy;
import dev.rocky.core.config.RockyConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A classified column's masking strategy in one environment: {@code [mask.<env>]} over {@code [mask]},
 * tags matched case-insensitively. {@code strategy} is null when the tag resolves to none
 * ("unresolved"). What is applied then fails closed: an unresolved tag is redacted, unless it is listed
 * in {@code [classifications] allow_unmasked}, which leaves the column as it is.
 *
 * @param env the environment, {@code null} for the defaults
 */
public record ResolvedMask(ColumnClassification column, @Nullable String env, @Nullable Strategy strategy,
    boolean allowedUnmasked) {

  /** The name of the defaults environment in reports. */
  public static final String DEFAULT_ENV = "default";

  public ResolvedMask {
    Objects.requireNonNull(column, "column");
  }

  /** Rocky's {@code enforced}: the tag resolves to a strategy ({@code none} counts as masked). */
  public boolean enforced() {
    return strategy != null;
  }

  /** {@code hash}, {@code redact}, {@code partial}, {@code none} or {@code unresolved}. */
  public String strategyId() {
    return strategy == null ? "unresolved" : strategy.id();
  }

  /** The mask the warehouse gets. */
  public Strategy applied() {
    if (strategy != null) {
      return strategy;
    }
    return allowedUnmasked ? Strategy.NONE : Strategy.REDACT;
  }

  public String envName() {
    return env == null ? DEFAULT_ENV : env;
  }

  /** Every classified column resolved in {@code env} ({@code null}: the defaults). */
  public static List<ResolvedMask> resolve(RockyConfig config, ProjectClassifications classified, @Nullable String env) {
    List<ResolvedMask> out = new ArrayList<>();
    for (ColumnClassification c : classified.columns()) {
      out.add(new ResolvedMask(c, env, config.mask().strategyFor(c.tag(), env).orElse(null),
          config.classifications().allowsUnmasked(c.tag())));
    }
    return out;
  }

  /**
   * The environments a report covers: only {@code only} when given ({@code default} names the
   * defaults), else the defaults and each {@code [mask.<env>]}, in file order.
   */
  public static List<@Nullable String> environments(RockyConfig config, @Nullable String only) {
    List<@Nullable String> out = new ArrayList<>();
    if (only != null) {
      out.add(only.equals(DEFAULT_ENV) ? null : only);
      return out;
    }
    out.add(null);
    out.addAll(config.mask().environments().keySet());
    return out;
  }
}

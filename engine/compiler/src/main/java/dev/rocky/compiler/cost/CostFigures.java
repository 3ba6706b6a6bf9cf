package dev.rocky.compiler.cost;

import dev.rocky.core.config.CostSections.Budget;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What something cost, took and scanned: a run's actuals, a model's, or a projection. A figure that
 * is not known is null, never 0, and a limit on an unknown figure is never breached.
 */
public record CostFigures(@Nullable Double usd, @Nullable Long durationMs, @Nullable Long bytesScanned) {

  public static final CostFigures UNKNOWN = new CostFigures(null, null, null);

  /** The limits of {@code budget} these figures exceed (strictly), in the order usd, duration, bytes. */
  public List<Overrun> overruns(Budget budget) {
    List<Overrun> out = new ArrayList<>();
    if (budget.maxUsd() != null && usd != null && usd > budget.maxUsd()) {
      out.add(new Overrun(LimitType.MAX_USD, budget.maxUsd(), usd));
    }
    if (budget.maxDurationMs() != null && durationMs != null && durationMs > budget.maxDurationMs()) {
      out.add(new Overrun(LimitType.MAX_DURATION_MS, budget.maxDurationMs(), durationMs));
    }
    if (budget.maxBytesScanned() != null && bytesScanned != null && bytesScanned > budget.maxBytesScanned()) {
      out.add(new Overrun(LimitType.MAX_BYTES_SCANNED, budget.maxBytesScanned(), bytesScanned));
    }
    return out;
  }

  /** One limit exceeded: its kind, the limit and the figure that exceeds it. */
  public record Overrun(LimitType limitType, Number limit, Number actual) {}

  /** An amount in dollars for people: cents, with up to four significant digits below a dollar ({@code 0.01235}). */
  public static String usd(double amount) {
    if (amount == 0 || Math.abs(amount) >= 1) {
      return String.format(Locale.ROOT, "%.2f", amount);
    }
    BigDecimal d = new BigDecimal(amount).round(new MathContext(4)).stripTrailingZeros();
    return (d.scale() < 2 ? d.setScale(2) : d).toPlainString();
  }
}

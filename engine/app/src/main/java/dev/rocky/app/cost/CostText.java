package dev.rocky.app.cost;

import dev.rocky.compiler.cost.CostFigures;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Cost figures for people (tables, Markdown): {@code $0.0123}, {@code 1.20s}, {@code 12.3 MB}; {@code -} when unknown. */
public final class CostText {
  private CostText() {}

  public static String money(@Nullable Double usd) {
    return usd == null ? "-" : "$" + CostFigures.usd(usd);
  }

  public static String duration(@Nullable Long ms) {
    return ms == null ? "-" : String.format(Locale.ROOT, "%.2fs", ms / 1000.0);
  }

  /** Decimal units, as warehouses bill them. */
  public static String bytes(@Nullable Long bytes) {
    if (bytes == null) {
      return "-";
    }
    String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
    double v = bytes;
    int u = 0;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}

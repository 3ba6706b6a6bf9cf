package dev.rocky.app.cost;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Sums and medians of figures that may be unknown: unknown only when nothing is known. */
final class Sums {
  private Sums() {}

  static @Nullable Double plus(@Nullable Double a, @Nullable Double b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a + b;
  }

  static @Nullable Long plus(@Nullable Long a, @Nullable Long b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a + b;
  }

  /** The median of the known values (the mean of the middle two for an even count), or null. */
  static @Nullable Double medianDouble(List<@Nullable Double> values) {
    List<Double> known = new ArrayList<>();
    for (Double v : values) {
      if (v != null) {
        known.add(v);
      }
    }
    if (known.isEmpty()) {
      return null;
    }
    known.sort(null);
    int n = known.size();
    return n % 2 == 1 ? known.get(n / 2) : (known.get(n / 2 - 1) + known.get(n / 2)) / 2;
  }

  /** The median of the known values, rounded down for an even count, or null. */
  static @Nullable Long medianLong(List<@Nullable Long> values) {
    List<Double> asDoubles = new ArrayList<>();
    for (Long v : values) {
      asDoubles.add(v == null ? null : v.doubleValue());
    }
    Double m = medianDouble(asDoubles);
    return m == null ? null : (long) Math.floor(m);
  }
}

package dev.rocky.planner.quality;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The query that judges an assertion: it returns one row of one number, and {@link #verdict} says
 * which numbers pass.
 */
public record AssertionQuery(String sql, Verdict verdict) {

  public AssertionQuery {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** Which observed numbers pass. */
  public sealed interface Verdict {
    boolean passes(@Nullable BigDecimal observed);
  }

  /** The query counts failing rows (or duplicated keys): zero passes. */
  public record NoFailures() implements Verdict {
    @Override
    public boolean passes(@Nullable BigDecimal observed) {
      return observed != null && observed.signum() == 0;
    }
  }

  /** The query counts rows: a count in {@code [min, max]} passes. */
  public record Between(@Nullable Long min, @Nullable Long max) implements Verdict {
    @Override
    public boolean passes(@Nullable BigDecimal observed) {
      return observed != null && (min == null || observed.compareTo(BigDecimal.valueOf(min)) >= 0)
          && (max == null || observed.compareTo(BigDecimal.valueOf(max)) <= 0);
    }
  }

  /** The query computes an aggregate: passes when {@code aggregate cmp value} holds (NULL fails). */
  public record Compares(AssertionKind.Comparison cmp, BigDecimal value) implements Verdict {
    @Override
    public boolean passes(@Nullable BigDecimal observed) {
      return observed != null && cmp.holds(observed, value);
    }
  }
}

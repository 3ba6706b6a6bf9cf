package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * {@code [pipeline.NAME.execution]}: parallelism and error handling. {@code concurrency} is
 * {@code "adaptive"} (default; AIMD starting at 32) or a fixed integer.
 */
public record ExecutionConfig(
    @JsonProperty("concurrency") Concurrency concurrency,
    @JsonProperty("fail_fast") Boolean failFast,
    @JsonProperty("error_rate_abort_pct") Integer errorRateAbortPct,
    @JsonProperty("table_retries") Integer tableRetries) {

  public ExecutionConfig {
    concurrency = Values.or(concurrency, Concurrency.ADAPTIVE);
    failFast = Values.or(failFast, false);
    errorRateAbortPct = Values.or(errorRateAbortPct, 50);
    tableRetries = Values.or(tableRetries, 1);
  }

  public static ExecutionConfig defaults() {
    return new ExecutionConfig(null, null, null, null);
  }

  /** Adaptive (AIMD, at most {@value #ADAPTIVE_MAX}) or fixed concurrency (at least 1). */
  public record Concurrency(boolean adaptive, int max) {
    public static final int ADAPTIVE_MAX = 32;
    public static final Concurrency ADAPTIVE = new Concurrency(true, ADAPTIVE_MAX);

    public Concurrency {
      max = Math.max(1, max);
    }

    public static Concurrency fixed(int max) {
      return new Concurrency(false, max);
    }

    /** Reads {@code "adaptive"} or an integer, as written in TOML. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Concurrency parse(Object value) {
      if (value instanceof Number n) {
        return fixed(n.intValue());
      }
      if (value instanceof String s && s.toLowerCase(Locale.ROOT).equals("adaptive")) {
        return ADAPTIVE;
      }
      throw new IllegalArgumentException("invalid concurrency '" + value + "': expected \"adaptive\" or an integer");
    }

    @JsonValue
    public Object toJson() {
      return adaptive ? "adaptive" : max;
    }
  }
}

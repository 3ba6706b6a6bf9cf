package dev.rocky.app.quality;

import dev.rocky.core.port.QueryResult;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reading the numbers and timestamps check queries return, and building their detail maps. */
final class Figures {
  private Figures() {}

  /** The single value of a one-row, one-column result as a number (null for SQL NULL). */
  static @Nullable BigDecimal number(QueryResult result) {
    return number(result.single());
  }

  static @Nullable BigDecimal number(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case BigDecimal d -> d;
      case BigInteger i -> new BigDecimal(i);
      case Double d -> BigDecimal.valueOf(d);
      case Float f -> new BigDecimal(f.toString());
      case Number n -> BigDecimal.valueOf(n.longValue());
      case String s -> new BigDecimal(s.strip());
      case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
      default -> throw new IllegalStateException("not a number: " + value);
    };
  }

  static long count(QueryResult result) {
    BigDecimal n = number(result);
    return n == null ? 0 : n.longValueExact();
  }

  /** A timestamp column's value as an instant (values without a zone are UTC); null for NULL. */
  static @Nullable Instant instant(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case Instant i -> i;
      case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
      case LocalDate d -> d.atStartOfDay().toInstant(ZoneOffset.UTC);
      case OffsetDateTime t -> t.toInstant();
      case ZonedDateTime t -> t.toInstant();
      default -> throw new IllegalStateException("not a timestamp: " + value);
    };
  }

  /** An ordered detail map from alternating keys and values. */
  static Map<String, @Nullable Object> details(@Nullable Object... keysAndValues) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      out.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
    }
    return out;
  }

  /** A one-line reason from a failure. */
  static String reason(RuntimeException e) {
    String m = e.getMessage();
    String text = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElse(text);
  }
}

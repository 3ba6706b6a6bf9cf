package dev.rocky.app.quality;

import dev.rocky.core.error.RockyException;
import dev.rocky.planner.quality.QualityErrorCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A TOML table as the loader keeps it (a map of plain values), read with coded errors naming
 * {@code where} it was written, e.g. {@code pipeline 'dq' assertion 2}.
 */
public record RawTable(Map<String, @Nullable Object> values, String where) {

  public static RawTable of(Map<String, ?> values, String where) {
    return new RawTable(new java.util.LinkedHashMap<>(values), where);
  }

  /** Refuses keys outside {@code allowed}, Rocky's strict-keys rule. */
  public void onlyKeys(Set<String> allowed) {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw invalid("unknown key " + String.join(", ", unknown) + "; expected one of " + new TreeSet<>(allowed));
    }
  }

  public String string(String key) {
    String s = optString(key);
    if (s == null || s.isBlank()) {
      throw invalid("'" + key + "' is required");
    }
    return s;
  }

  public @Nullable String optString(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      return s;
    }
    throw invalid("'" + key + "' must be a string, not " + v);
  }

  public @Nullable Boolean optBoolean(String key) {
    Object v = values.get(key);
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    throw invalid("'" + key + "' must be true or false, not " + v);
  }

  public @Nullable Long optLong(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      return ((Number) v).longValue();
    }
    throw invalid("'" + key + "' must be a whole number, not " + v);
  }

  /** A number, also accepted as a string ({@code min = "0.5"}), as Rocky does. */
  public @Nullable BigDecimal optNumber(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    try {
      return switch (v) {
        case Integer i -> BigDecimal.valueOf(i);
        case Long l -> BigDecimal.valueOf(l);
        case Double d -> BigDecimal.valueOf(d);
        case Float f -> new BigDecimal(f.toString());
        case BigDecimal d -> d;
        case java.math.BigInteger i -> new BigDecimal(i);
        case String s -> new BigDecimal(s.strip());
        default -> throw invalid("'" + key + "' must be a number, not " + v);
      };
    } catch (NumberFormatException e) {
      throw invalid("'" + key + "' must be a number, not '" + v + "'");
    }
  }

  /** A list of strings; numbers and booleans are taken as their text. */
  public List<String> strings(String key) {
    Object v = values.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw invalid("'" + key + "' must be a list, not " + v);
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      if (item instanceof String || item instanceof Number || item instanceof Boolean) {
        out.add(item.toString());
      } else {
        throw invalid("'" + key + "' must hold strings, not " + item);
      }
    }
    return out;
  }

  public RockyException invalid(String message) {
    return new RockyException(QualityErrorCode.QUALITY_INVALID_CONFIG, where + ": " + message);
  }
}

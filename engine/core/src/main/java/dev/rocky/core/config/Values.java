package dev.rocky.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Null-to-default helpers for the compact constructors of the configuration records. */
final class Values {
  private Values() {}

  static <T> List<T> list(@Nullable List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** An unmodifiable copy that keeps the file order of the keys. */
  static <K, V> Map<K, V> map(@Nullable Map<K, V> values) {
    return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  static <T> T or(@Nullable T value, T fallback) {
    return value == null ? fallback : value;
  }
}

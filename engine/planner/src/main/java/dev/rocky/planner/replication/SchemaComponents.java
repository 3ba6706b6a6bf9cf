package dev.rocky.planner.replication;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a schema name carries, by component, in pattern order. A single-valued component has
 * one value; a multi-valued one ({@code regions...}) has one or more.
 */
public record SchemaComponents(Map<String, List<String>> values) {

  public SchemaComponents {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    values = Collections.unmodifiableMap(copy);
  }

  /** Every value in pattern order, multi-valued components expanded: the middle of an asset key. */
  public List<String> flattened() {
    List<String> out = new ArrayList<>();
    values.values().forEach(out::addAll);
    return List.copyOf(out);
  }

  /** Whether {@code component} has {@code value} among its values. */
  public boolean has(String component, String value) {
    return values.getOrDefault(component, List.of()).contains(value);
  }
}

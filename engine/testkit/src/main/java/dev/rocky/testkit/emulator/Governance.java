package dev.rocky.testkit.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Column masks (masking policies) and table grants, kept by the emulator (DuckDB has neither). */
public final class Governance {
  /** A grant of {@code privilege} on table {@code key} to {@code principal}. */
  public record GrantRow(String key, String principal, String privilege) {}

  /** A tag {@code name = value} on table {@code key}, or on one of its columns. */
  public record TagRow(String key, @org.jspecify.annotations.Nullable String column, String name, String value) {}

  private final Map<String, Map<String, String>> masks = new ConcurrentHashMap<>();
  private final Set<GrantRow> grants = ConcurrentHashMap.newKeySet();
  private final Set<TagRow> tags = ConcurrentHashMap.newKeySet();
  private volatile boolean loseMasks;

  /** Binds a mask to a column; while {@link #loseMasks} is on, the statement succeeds and nothing is bound. */
  public void mask(String tableKey, String column, String function) {
    if (loseMasks) {
      return;
    }
    masks.computeIfAbsent(tableKey, k -> new ConcurrentHashMap<>()).put(column.toLowerCase(java.util.Locale.ROOT), function);
  }

  public void unmask(String tableKey, String column) {
    Map<String, String> columns = masks.get(tableKey);
    if (columns != null) {
      columns.remove(column.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** A fault: from now on, binding a mask reports success and binds nothing (a mask that did not apply). */
  public void loseMasks(boolean on) {
    loseMasks = on;
  }

  /** Removes every mask, as someone might by hand. */
  public void dropAllMasks() {
    masks.clear();
  }

  /** The masks bound to the columns of table {@code key}: column (lower case) to mask function, by column. */
  public Map<String, String> masksOn(String key) {
    return new java.util.TreeMap<>(masks.getOrDefault(key, Map.of()));
  }

  public void tag(TagRow row) {
    tags.removeIf(t -> t.key().equals(row.key()) && java.util.Objects.equals(t.column(), row.column())
        && t.name().equals(row.name()));
    tags.add(row);
  }

  /** The tags on table {@code key} and its columns. */
  public List<TagRow> tagsOn(String key) {
    return tags.stream().filter(t -> t.key().equals(key)).toList();
  }

  public void grant(GrantRow row) {
    grants.add(row);
  }

  public void revoke(GrantRow row) {
    grants.remove(row);
  }

  public List<GrantRow> grantsOn(String key) {
    return grants.stream().filter(g -> g.key().equals(key)).sorted(java.util.Comparator.comparing(GrantRow::principal)).toList();
  }

  /** Forgets what was kept for the tables of {@code schemaKey} ({@code catalog.schema}). */
  public void dropSchema(String schemaKey) {
    masks.keySet().removeIf(k -> k.startsWith(schemaKey + "."));
    tags.removeIf(t -> t.key().startsWith(schemaKey + "."));
    grants.removeIf(g -> g.key().startsWith(schemaKey + "."));
  }

  /**
   * Replaces every read of a masked table in {@code sql} by a subquery that applies the masks,
   * e.g. {@code (SELECT * REPLACE ("f"(secret) AS secret) FROM t) AS "t"}.
   */
  public String applyMasks(String sql, String catalog, String schema) {
    if (masks.isEmpty()) {
      return sql;
    }
    Matcher m = Pattern.compile("(?i)\\b(FROM|JOIN)\\s+(" + TableNames.REFERENCE + ")").matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = TableNames.key(m.group(2), catalog, schema);
      Map<String, String> columns = masks.get(key);
      if (columns == null) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      List<String> replaced = new ArrayList<>();
      columns.forEach((column, function) -> replaced.add(function + "(\"" + column + "\") AS \"" + column + "\""));
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + " (SELECT * REPLACE (" + String.join(", ", replaced)
          + ") FROM " + m.group(2) + ") AS \"" + TableNames.lastPart(key) + "\""));
    }
    m.appendTail(out);
    return out.toString();
  }
}

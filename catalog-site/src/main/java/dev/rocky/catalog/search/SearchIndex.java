package dev.rocky.catalog.search;

import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.SourceData;
import dev.rocky.catalog.page.Format;
import dev.rocky.catalog.page.SiteContext;
import dev.rocky.catalog.render.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The prebuilt search index, as scripts the search box loads on first use (scripts, not JSON, so
 * that it works from {@code file://}): {@code search/docs.js} lists every model and source as
 * {@code [name, kind, page, note]}; {@code search/c-<k>.js} lists the columns with a word starting
 * with {@code k} as {@code [column, document]}, so a query loads one shard, never every column.
 */
public final class SearchIndex {
  private SearchIndex() {}

  /** The index files, by path from the site root. */
  public static Map<String, String> files(SiteContext ctx) {
    StringBuilder docs = new StringBuilder("rockySearch.docs([");
    Json j = new Json(docs);
    Map<String, Set<String>> shards = new TreeMap<>();
    int doc = 0;
    for (ModelData m : ctx.site().models()) {
      String note = m.intent() == null ? "" : Format.cut(m.intent(), 90);
      j.open('[').value(m.name()).value("model").value(ctx.links().pageOrEmpty(m.name())).value(note).close(']');
      addColumns(shards, m.columns(), doc++);
    }
    for (SourceData s : ctx.site().sources()) {
      j.open('[').value(s.name()).value("source").value(ctx.links().pageOrEmpty(s.name())).value("").close(']');
      addColumns(shards, s.columns(), doc++);
    }
    docs.append("]);\n");
    Map<String, String> files = new TreeMap<>();
    files.put("search/docs.js", docs.toString());
    shards.forEach((key, entries) -> {
      StringBuilder b = new StringBuilder("rockySearch.cols(").append(Json.quote(key)).append(",[");
      b.append(String.join(",", entries));
      b.append("]);\n");
      files.put("search/c-" + key + ".js", b.toString());
    });
    return files;
  }

  private static void addColumns(Map<String, Set<String>> shards, List<ColumnData> columns, int doc) {
    for (ColumnData c : columns) {
      String entry = "[" + Json.quote(c.name()) + "," + doc + "]";
      for (String key : keys(c.name())) {
        shards.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entry);
      }
    }
  }

  /** The shard keys of a name: the first character of each of its words ({@code _}-separated). */
  public static List<String> keys(String name) {
    Set<String> keys = new LinkedHashSet<>();
    for (String word : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        keys.add(word.substring(0, 1));
      }
    }
    return new ArrayList<>(keys);
  }
}

package dev.rocky.catalog.page;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where every page of the site lives, relative to the site root: {@code models/<slug>.html},
 * {@code sources/<slug>.html}, and each page's lazily loaded graph under {@code graph/}. Slugs are
 * lower case (so that two names differing only in case do not collide on a case-insensitive file
 * system or bucket) and unique; tables without a page have no link.
 */
public final class Links {
  private final Map<String, String> pages = new HashMap<>();
  private final Map<String, String> graphs = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  public void addModel(String name) {
    add(name, "models/", "m-");
  }

  public void addSource(String name) {
    add(name, "sources/", "s-");
  }

  private void add(String name, String dir, String graphPrefix) {
    if (pages.containsKey(name)) {
      return;
    }
    String base = slug(name);
    String slug = base;
    for (int n = 2; !taken.add(dir + slug); n++) {
      slug = base + "-" + n;
    }
    pages.put(name, dir + slug + ".html");
    graphs.put(name, "graph/" + graphPrefix + slug + ".js");
  }

  /** The page of a model or source, from the site root. */
  public Optional<String> page(String name) {
    return Optional.ofNullable(pages.get(name));
  }

  /** The page, or an empty string for a table without one. */
  public String pageOrEmpty(String name) {
    return pages.getOrDefault(name, "");
  }

  public String graph(String name) {
    String g = graphs.get(name);
    if (g == null) {
      throw new IllegalArgumentException("no graph for " + name);
    }
    return g;
  }

  /** The anchor of a column on its table's page (deep links: {@code page.html#col-<name>}). */
  public static String columnAnchor(String column) {
    return "col-" + slug(column);
  }

  /** The anchor of a diagnostic code on the diagnostics page. */
  public static String codeAnchor(String code) {
    return "code-" + code;
  }

  public static String runPage(String runId) {
    return "runs/" + slug(runId) + ".html";
  }

  static String slug(String name) {
    StringBuilder b = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-' ? c : '-');
    }
    String s = b.toString();
    return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
  }
}

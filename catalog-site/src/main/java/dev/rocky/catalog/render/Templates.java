package dev.rocky.catalog.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's Mustache templates (classpath {@code dev/rocky/catalog/templates/}), compiled once and
 * shared by the threads that render pages. Templates only place values: every page is a view-model
 * record whose values are already formatted.
 */
public final class Templates {
  /** The page templates; each extends {@code base}. */
  public static final List<String> PAGES = List.of("home", "model", "source", "run", "list", "diagnostics", "compliance", "pr");

  private final Map<String, Mustache> compiled = new HashMap<>();

  public Templates() {
    DefaultMustacheFactory factory = new DefaultMustacheFactory("dev/rocky/catalog/templates");
    for (String page : PAGES) {
      compiled.put(page, factory.compile(page + ".mustache"));
    }
  }

  public String render(String template, Object page) {
    Mustache m = compiled.get(template);
    if (m == null) {
      throw new IllegalArgumentException("no template " + template);
    }
    StringWriter out = new StringWriter(16 * 1024);
    try {
      m.execute(out, page).flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}

package dev.rocky.catalog.page;

import dev.rocky.catalog.data.DiagnosticData;
import dev.rocky.catalog.data.EdgeData;
import dev.rocky.catalog.data.ExecutionData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.RunData;
import dev.rocky.catalog.data.SiteData;
import dev.rocky.catalog.data.SourceData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The indexes the page builders share, computed once per site: links, the readers of every column
 * and table, each model's recent executions and diagnostics. Read-only once built, so pages are
 * built in parallel.
 */
public final class SiteContext {
  private final SiteData site;
  private final Links links = new Links();
  private final Map<String, ModelData> models = new LinkedHashMap<>();
  private final Map<String, List<Reader>> readersOfColumn = new HashMap<>();
  private final Map<String, List<String>> readersOfTable = new HashMap<>();
  private final Map<String, List<Execution>> executions = new HashMap<>();
  private final Map<String, List<DiagnosticData>> diagnostics = new HashMap<>();
  private final String generated;

  /** A model column that reads a column, and how. */
  public record Reader(String model, String column, String transform) {}

  /** One execution of a model within a run. */
  public record Execution(RunData run, ExecutionData execution) {}

  public SiteContext(SiteData site) {
    this.site = site;
    this.generated = Format.time(site.project().generatedAt());
    for (ModelData m : site.models()) {
      links.addModel(m.name());
      models.put(m.name(), m);
    }
    for (SourceData s : site.sources()) {
      links.addSource(s.name());
    }
    for (ModelData m : site.models()) {
      for (String table : m.reads()) {
        readersOfTable.computeIfAbsent(table, t -> new ArrayList<>()).add(m.name());
      }
      for (EdgeData e : m.edges()) {
        readersOfColumn.computeIfAbsent(key(e.sourceTable(), e.sourceColumn()), k -> new ArrayList<>())
            .add(new Reader(m.name(), e.targetColumn(), e.transform()));
      }
    }
    for (RunData run : site.runs()) {
      for (ExecutionData e : run.executions()) {
        executions.computeIfAbsent(e.model(), k -> new ArrayList<>()).add(new Execution(run, e));
      }
    }
    for (DiagnosticData d : site.diagnostics()) {
      if (d.model() != null) {
        diagnostics.computeIfAbsent(d.model(), k -> new ArrayList<>()).add(d);
      }
    }
  }

  private static String key(String table, String column) {
    return table + '\u0000' + column;
  }

  public SiteData site() {
    return site;
  }

  public Links links() {
    return links;
  }

  public @Nullable ModelData model(String name) {
    return models.get(name);
  }

  /** The frame of a page {@code depth} directories below the root. */
  public Layout layout(String title, int depth, String section) {
    return Layout.of(title, depth, section, site.project().name(), generated, site.project().rockyVersion());
  }

  /** The link to a table's page from a page {@code depth} directories down; null when it has none. */
  public @Nullable String href(int depth, String table) {
    return links.page(table).map(p -> "../".repeat(depth) + p).orElse(null);
  }

  /** The link to a column on its table's page. */
  public @Nullable String columnHref(int depth, String table, String column) {
    String page = href(depth, table);
    return page == null ? null : page + "#" + Links.columnAnchor(column);
  }

  public List<Reader> readersOf(String table, String column) {
    return readersOfColumn.getOrDefault(key(table, column), List.of());
  }

  /** The models that read a table, in site order. */
  public List<String> readersOf(String table) {
    return readersOfTable.getOrDefault(table, List.of());
  }

  /** A model's executions in the recorded runs, newest run first. */
  public List<Execution> executionsOf(String model) {
    return executions.getOrDefault(model, List.of());
  }

  public List<DiagnosticData> diagnosticsOf(String model) {
    return diagnostics.getOrDefault(model, List.of());
  }
}

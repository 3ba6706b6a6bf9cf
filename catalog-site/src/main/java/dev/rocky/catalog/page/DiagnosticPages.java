package dev.rocky.catalog.page;

import dev.rocky.catalog.data.CodeData;
import dev.rocky.catalog.data.DiagnosticData;
import dev.rocky.catalog.render.Markdown;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Builds the diagnostics page. */
public final class DiagnosticPages {
  /** Current diagnostics listed; each model's page lists its own in full. */
  static final int SHOWN = 500;
  private static final Pattern CODE_PAGE = Pattern.compile("([A-Z]\\d{3})\\.md(#.*)?");

  private DiagnosticPages() {}

  public static DiagnosticsPage build(SiteContext ctx) {
    List<DiagnosticData> all = ctx.site().diagnostics();
    Map<String, Integer> counts = new HashMap<>();
    all.forEach(d -> counts.merge(d.code(), 1, Integer::sum));
    List<DiagnosticData> shown = all.size() > SHOWN ? all.subList(0, SHOWN) : all;
    long errors = all.stream().filter(d -> d.severity().equals("Error")).count();
    String summary = all.isEmpty() ? "No diagnostics: the project compiles cleanly."
        : all.size() + " diagnostics, " + errors + " errors" + (all.size() > SHOWN ? "; the first " + SHOWN + " are listed" : "");
    List<DiagnosticsPage.CodeEntry> codes = ctx.site().codes().stream().map(c -> code(c, counts)).toList();
    return new DiagnosticsPage(ctx.layout("Diagnostics", 0, "Diagnostics"), summary,
        ModelPages.diagnostics(ctx, shown, 0), all.size() > SHOWN, codes);
  }

  private static DiagnosticsPage.CodeEntry code(CodeData c, Map<String, Integer> counts) {
    String html = c.markdown() == null ? "<p>" + c.summary() + ".</p>" : Markdown.html(c.markdown(), DiagnosticPages::link);
    int n = counts.getOrDefault(c.code(), 0);
    return new DiagnosticsPage.CodeEntry(c.code(), Links.codeAnchor(c.code()), c.severity(), Format.statusClass(c.severity()),
        c.category(), c.summary(), html, n == 0 ? "" : n + " in this project");
  }

  /** Links between documentation pages become anchors of this page; other relative links are dropped. */
  static @Nullable String link(String href) {
    var m = CODE_PAGE.matcher(href);
    if (m.matches()) {
      return "#" + Links.codeAnchor(m.group(1));
    }
    if (href.equals("README.md")) {
      return "#codes";
    }
    return href.startsWith("https://") || href.startsWith("#") ? href : null;
  }
}

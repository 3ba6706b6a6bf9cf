package dev.rocky.compiler.check;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.project.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * P002: a {@code SELECT *} model whose downstream consumers read specific columns of it. A rename
 * or drop upstream of the star then passes through it silently and breaks the consumers. One
 * warning per star model, naming each consumer (by name) with up to three of the columns it reads
 * (sorted). A star model that no model reads (a leaf) is not reported.
 */
public final class BlastRadiusLint {
  private static final int COLUMNS_PER_CONSUMER = 3;

  /**
   * Lints the star models. {@code edges} is the project's column lineage; an edge whose source
   * model is a star model and whose target is another model is a consumer's read. {@code models}
   * locate the star in each model's SQL.
   */
  public List<Diagnostic> check(Set<String> starModels, List<LineageEdge> edges, List<Model> models) {
    SortedMap<String, SortedMap<String, SortedSet<String>>> reads = new TreeMap<>();
    for (LineageEdge edge : edges) {
      String source = edge.source().model();
      String consumer = edge.target().model();
      if (starModels.contains(source) && !consumer.equals(source)) {
        reads.computeIfAbsent(source, k -> new TreeMap<>())
            .computeIfAbsent(consumer, k -> new TreeSet<>())
            .add(edge.source().column());
      }
    }
    Map<String, Model> byName = models.stream()
        .collect(Collectors.toMap(Model::name, Function.identity(), (a, b) -> a));
    List<Diagnostic> out = new ArrayList<>();
    reads.forEach((star, consumers) -> {
      String detail = consumers.entrySet().stream()
          .map(e -> e.getKey() + " reads " + Names.list(List.copyOf(e.getValue()), COLUMNS_PER_CONSUMER))
          .collect(Collectors.joining("; "));
      out.add(Diagnostic.of(DiagnosticCode.P002, star + " uses SELECT *; " + detail)
          .withModel(star)
          .withSpan(span(byName.get(star)))
          .withSuggestion("list the columns of " + star + " explicitly, so an upstream rename fails in "
              + star + " instead of silently breaking " + String.join(", ", consumers.keySet())));
    });
    return List.copyOf(out);
  }

  private static @Nullable SourceSpan span(@Nullable Model model) {
    if (model == null) {
      return null;
    }
    int star = SqlText.findProjectionStar(SqlText.codeOnly(model.sql()));
    return star >= 0 ? Spans.sql(model, star, 1) : SourceSpan.file(model.sqlFile());
  }
}

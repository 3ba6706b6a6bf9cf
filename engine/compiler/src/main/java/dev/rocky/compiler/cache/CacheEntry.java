package dev.rocky.compiler.cache;

import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.sql.TableReference;
import java.util.List;
import java.util.Objects;

/**
 * What is kept for one model between compiles. {@code parseKey} hashes the model's name, file,
 * dialect and SQL (after {@code @var} substitution): while it matches, the table references are
 * reused without parsing. {@code bindKey} hashes the parse key and the schemas every reference
 * resolved to: while it matches, the analysis is reused without binding.
 */
public record CacheEntry(Digest parseKey, List<TableReference> references, Digest bindKey, ModelAnalysis analysis) {
  public CacheEntry {
    Objects.requireNonNull(parseKey, "parseKey");
    Objects.requireNonNull(bindKey, "bindKey");
    Objects.requireNonNull(analysis, "analysis");
    references = List.copyOf(references);
  }
}

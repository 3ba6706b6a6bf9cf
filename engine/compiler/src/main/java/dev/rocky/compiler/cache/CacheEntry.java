package dev.rocky.compiler.cache;

import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.sql.TableReference;
import dev.rocky.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What is kept for one model between compiles. {@code inputKey} hashes the model's name, file,
 * dialect, the version (size, modification time) of its file and the {@code @var} bindings: while
 * it matches, the SQL is known to be unchanged without hashing it again. {@code parseKey} hashes
 * the model's name, file, dialect and SQL (after {@code @var} substitution): while it matches, the
 * table references are reused without parsing. {@code bindKey} hashes the parse key and the
 * schemas every reference resolved to: while it matches, the analysis is reused without binding.
 * {@code schemaDigest} is the digest of the analysis's output schema, which the bind keys of the
 * models reading this one are made of. {@code lintKey} hashes what the per-model lints read of the
 * model (see the compiler's {@code CachedLints}); while it matches, their findings {@code lints}
 * are reused.
 */
public record CacheEntry(Digest inputKey, Digest parseKey, List<TableReference> references, Digest bindKey,
    Digest schemaDigest, ModelAnalysis analysis, Digest lintKey, List<Diagnostic> lints) {
  /** The input key of a model whose file has no version: it never matches. */
  public static final Digest NO_INPUT_KEY = new Digest(0, 0);

  public CacheEntry {
    Objects.requireNonNull(inputKey, "inputKey");
    Objects.requireNonNull(parseKey, "parseKey");
    Objects.requireNonNull(bindKey, "bindKey");
    Objects.requireNonNull(schemaDigest, "schemaDigest");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(lintKey, "lintKey");
    references = List.copyOf(references);
    lints = List.copyOf(lints);
  }

  /** An entry whose lints have not been run: its lint key never matches. */
  public CacheEntry(Digest inputKey, Digest parseKey, List<TableReference> references, Digest bindKey,
      Digest schemaDigest, ModelAnalysis analysis) {
    this(inputKey, parseKey, references, bindKey, schemaDigest, analysis, NO_INPUT_KEY, List.of());
  }

  /** This entry with the lints' findings under {@code key}. */
  public CacheEntry withLints(Digest key, List<Diagnostic> found) {
    return new CacheEntry(inputKey, parseKey, references, bindKey, schemaDigest, analysis, key, found);
  }
}

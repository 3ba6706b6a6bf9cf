package dev.rocky.app.ai;

import dev.rocky.compiler.CompileResult;
import dev.rocky.core.diagnostic.Diagnostic;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The words of {@code rocky ai}: the system prompt, the first request (the project's schema, the
 * intent and the model's name) and the request to fix the diagnostics of an answer. Everything
 * sent is built here; docs/guides/ai.md describes it.
 */
final class GeneratePrompt {
  private GeneratePrompt() {}

  static String system(ModelFormat format) {
    String language = switch (format) {
      case SQL -> """
          The model is one SQL SELECT statement (CTEs allowed), without a trailing semicolon, in the
          project's dialect. Read other models by their bare name and sources by their qualified name.""";
      case ROCKY -> """
          The model is written in the Rocky DSL, a pipeline of steps, one per line:
            from <model or schema.table> [as a]
            where <expr>                      (after group: filters groups)
            derive { name: expr, ... }        (adds columns)
            group k1, k2 { name: agg(x), ... }
            select { a, t.b, name: expr }
            [left|right|full] join <t> [as b] on k1, k2
            sort a, -b                        (- is descending)
            take <n>
            distinct
            let name = from ... | ...         (a named sub-pipeline)
          Expressions: == != < <= > >= and or not + - * / %, x is null, x in [1, 2], strings in "...",
          dates @2025-01-31, count() for COUNT(*), match x { > 100 => "big", _ => "small" } for CASE.
          Comments start with --.""";
    };
    return """
        You write one new model for a Rocky project. Rocky is a typed compiler for data pipelines:
        it checks every model against the schema of what it reads before anything runs.
        %s
        Use only the models, sources and columns listed in the schema; the compiler rejects any
        other name.

        Answer with the model in a ```%s code block and its sidecar in a ```toml code block. The
        sidecar holds intent = "<one sentence>" and may set a materialization:
        [strategy] with type = "full_refresh" (the default), "view", or "merge" with
        unique_key = ["<column>"]. Put nothing else in the sidecar.
        If the compiler reports problems, answer again with both complete, corrected blocks.
        """.formatted(language, format.extension());
  }

  /** The first request: the schema, the intent and where the model goes. */
  static String request(CompileResult compiled, String intent, @Nullable String name, ModelFormat format) {
    StringBuilder out = new StringBuilder("Project schema\n\n").append(SchemaText.of(compiled)).append('\n');
    out.append("Intent: ").append(intent.strip()).append("\n\n");
    if (name != null) {
      out.append("The new model is named ").append(name).append(" (file ").append(name).append('.')
          .append(format.extension()).append(").\n");
    } else {
      out.append("""
          Choose a short snake_case name for the new model, different from every model above, and give
          it on a line of its own before the code blocks: name: <the_name>
          """);
    }
    return out.toString();
  }

  /** The request after an answer that does not compile: its diagnostics, one per line. */
  static String fix(List<Diagnostic> diagnostics, ModelFormat format) {
    StringBuilder out = new StringBuilder("The compiler reports these problems with your answer:\n\n");
    diagnostics.forEach(d -> out.append(line(d)).append('\n'));
    out.append("\nAnswer again with the complete, corrected ```").append(format.extension()).append(" and ```toml blocks.\n");
    return out.toString();
  }

  /** {@code error[E003] models/x.sql:3:5: message (help: suggestion)}. */
  static String line(Diagnostic d) {
    StringBuilder out = new StringBuilder(d.severity().word())
        .append('[').append(d.code().name()).append("] ");
    if (d.span() != null) {
      out.append(d.span()).append(": ");
    }
    out.append(d.message());
    if (d.suggestion() != null) {
      out.append(" (help: ").append(d.suggestion()).append(')');
    }
    return out.toString();
  }
}

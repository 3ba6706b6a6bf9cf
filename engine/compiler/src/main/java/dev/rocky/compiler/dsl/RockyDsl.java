package dev.rocky.compiler.dsl;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.Objects;

/**
 * The DSL's entry point: lowers the text of a {@code .rocky} model to SQL, or says (as an E004
 * pointing into the file) why it cannot. A file that cannot be lowered stays a model whose SQL is
 * its text, so that it has no known columns and its dependents stay quiet. Lowering is pure and deterministic, so the same text
 * always gives the same SQL and {@link SourceMap}.
 *
 * <pre>
 * from stg_orders
 * where status != "cancelled"          -- NULL-safe: IS DISTINCT FROM
 * derive { amount_usd: amount / 100 }
 * group customer_id { revenue: sum(amount_usd), orders: count() }
 * sort -revenue
 * take 10
 * </pre>
 */
public final class RockyDsl {
  /** The extension of DSL model files. */
  public static final String EXTENSION = ".rocky";
  /** How the messages of DSL syntax errors start. */
  public static final String MESSAGE_PREFIX = "Rocky DSL: ";

  private RockyDsl() {}

  /** The outcome of lowering one file. */
  public sealed interface Result permits Lowered, Failed {}

  /** The SQL of the model and the map from its positions back to the {@code .rocky} file. */
  public record Lowered(String sql, SourceMap map) implements Result {
    public Lowered {
      Objects.requireNonNull(sql, "sql");
      Objects.requireNonNull(map, "map");
    }
  }

  /** Why the file could not be lowered: an E004 with its span in the file. */
  public record Failed(Diagnostic diagnostic) implements Result {
    public Failed {
      Objects.requireNonNull(diagnostic, "diagnostic");
    }
  }

  public static boolean isDslFile(String path) {
    return path.endsWith(EXTENSION);
  }

  /** Lowers {@code text}, read from the project-relative {@code file}. */
  public static Result lower(String file, String text) {
    try {
      Sql.Rendered rendered = Sql.render(Lowering.lower(Parser.parse(text)));
      return new Lowered(rendered.sql(), rendered.map());
    } catch (DslSyntaxError e) {
      Pos p = e.pos();
      return new Failed(Diagnostic.of(DiagnosticCode.E004, MESSAGE_PREFIX + e.getMessage())
          .withSpan(SourceSpan.at(file, p.line(), p.col(), e.length()))
          .withSuggestion(e.suggestion()));
    }
  }
}

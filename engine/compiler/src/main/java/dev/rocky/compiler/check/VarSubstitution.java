package dev.rocky.compiler.check;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.project.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Replaces run variables in model SQL: {@code @var(name)} and {@code @var(name, default)} become
 * the {@code --var name=value} binding, else the default, as plain text (the author writes the
 * quotes). A reference with neither is reported as E028 at its {@code @var(} and stands as
 * {@code NULL} padded to the same length, so that the model still parses, positions stay exact
 * and the E028 is the only error it causes.
 * References inside SQL comments are left alone; {@code @start_date} and {@code @end_date} are not
 * variables and are never touched. Text without {@code @var(} is returned as is, without a scan.
 */
public final class VarSubstitution {
  private static final String OPEN = "@var(";
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** The substituted SQL and the E028 diagnostics for references that could not be bound. */
  public record Result(String sql, List<Diagnostic> diagnostics) {
    public Result {
      Objects.requireNonNull(sql, "sql");
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private final Map<String, String> bindings;

  /** {@code bindings} are the {@code --var name=value} pairs of the command line. */
  public VarSubstitution(Map<String, String> bindings) {
    this.bindings = Map.copyOf(bindings);
  }

  /** Substitutes the variables of one model's SQL. */
  public Result apply(Model model) {
    return apply(model.name(), model.sqlFile(), model.sql());
  }

  /** Substitutes the variables of {@code sql}, read from {@code file}, of model {@code model}. */
  public Result apply(String model, String file, String sql) {
    if (!sql.contains(OPEN)) {
      return new Result(sql, List.of());
    }
    String code = SqlText.withoutComments(sql);
    StringBuilder out = new StringBuilder(sql.length());
    List<Diagnostic> diagnostics = new ArrayList<>();
    int copied = 0;
    int at = code.indexOf(OPEN);
    while (at >= 0) {
      int close = closingParen(sql, at + OPEN.length());
      int next = close < 0 ? at + OPEN.length() : close + 1;
      String call = sql.substring(at, close < 0 ? at + OPEN.length() : next);
      String replacement = close < 0 ? null : replacement(sql.substring(at + OPEN.length(), close));
      if (replacement == null) {
        diagnostics.add(unbound(model, file, sql, at, call, close < 0));
        if (close >= 0) {
          out.append(sql, copied, at).append("NULL").append(" ".repeat(next - at - "NULL".length()));
          copied = next;
        }
      } else {
        out.append(sql, copied, at).append(replacement);
        copied = next;
      }
      at = code.indexOf(OPEN, next);
    }
    out.append(sql, copied, sql.length());
    return new Result(out.toString(), diagnostics);
  }

  /** The text for the arguments of one call, or null when it has no binding and no default. */
  private @Nullable String replacement(String arguments) {
    int comma = topLevelComma(arguments);
    String name = (comma < 0 ? arguments : arguments.substring(0, comma)).trim();
    if (!NAME.matcher(name).matches()) {
      return null;
    }
    String bound = bindings.get(name);
    if (bound != null) {
      return bound;
    }
    return comma < 0 ? null : arguments.substring(comma + 1).trim();
  }

  private static Diagnostic unbound(String model, String file, String sql, int at, String call, boolean unclosed) {
    String arguments = unclosed ? "" : call.substring(OPEN.length(), call.length() - 1);
    int comma = topLevelComma(arguments);
    String name = (comma < 0 ? arguments : arguments.substring(0, comma)).trim();
    boolean named = !unclosed && NAME.matcher(name).matches();
    String message = named
        ? "@var(" + name + ") has no --var binding and no default"
        : "malformed variable reference '" + call.strip() + "': expected @var(name) or @var(name, default)";
    String suggestion = named
        ? "pass --var " + name + "=value or write @var(" + name + ", default)"
        : "pass --var name=value or write @var(name, default)";
    int length = call.indexOf('\n') < 0 ? call.length() : OPEN.length();
    return Diagnostic.of(DiagnosticCode.E028, message)
        .withModel(model)
        .withSpan(Positions.span(file, sql, at, length))
        .withSuggestion(suggestion);
  }

  /** The offset of the {@code )} closing a call whose arguments start at {@code from}, or -1. */
  private static int closingParen(String sql, int from) {
    int depth = 0;
    int i = from;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        i = SqlText.closingQuote(sql, i, c);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth-- == 0) {
        return i;
      } else if (c == ';') {
        return -1;
      }
      i++;
    }
    return -1;
  }

  private static int topLevelComma(String arguments) {
    int depth = 0;
    int i = 0;
    while (i < arguments.length()) {
      char c = arguments.charAt(i);
      if (c == '\'' || c == '"') {
        i = SqlText.closingQuote(arguments, i, c);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      }
      i++;
    }
    return -1;
  }
}

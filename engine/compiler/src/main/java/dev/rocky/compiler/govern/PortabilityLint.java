package dev.rocky.compiler.govern;

import dev.rocky.compiler.govern.SqlTokens.Kind;
import dev.rocky.compiler.govern.SqlTokens.Scan;
import dev.rocky.compiler.govern.SqlTokens.Token;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * P001: a function or piece of syntax of a model that the target dialect does not have, per the
 * {@link PortabilityCatalog}. An error pointing at the construct's exact line and column, with the
 * portable rewrite as the suggestion. Constructs named in {@code [portability] allow} or in a
 * {@code -- rocky-allow:} pragma (see {@link AllowPragmas}) are not reported. The models are read as
 * tokens, so SQL that Calcite cannot parse is still checked.
 */
public final class PortabilityLint {
  private final Dialect target;
  private final List<String> allow;
  private final boolean backslashEscapes;

  /**
   * @param target the dialect the models must run on
   * @param allow {@code [portability] allow}: construct names never reported
   * @param written the dialect the models are written in (how their string literals are lexed)
   */
  public PortabilityLint(Dialect target, List<String> allow, Dialect written) {
    this.target = target;
    this.allow = List.copyOf(allow);
    this.backslashEscapes = written != Dialect.DUCKDB;
  }

  public List<Diagnostic> check(List<Model> models) {
    List<Diagnostic> out = new ArrayList<>();
    for (Model model : models) {
      out.addAll(check(model));
    }
    return List.copyOf(out);
  }

  /** The P001 findings of one model, in text order. */
  public List<Diagnostic> check(Model model) {
    Scan scan = SqlTokens.scan(model.sql(), backslashEscapes);
    AllowPragmas pragmas = new AllowPragmas(scan.comments());
    ConstructMatcher matcher = new ConstructMatcher(scan.tokens());
    List<Diagnostic> out = new ArrayList<>();
    List<Token> tokens = scan.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind() != Kind.WORD && token.kind() != Kind.SYMBOL) {
        continue;
      }
      String anchor = token.kind() == Kind.WORD ? token.text().toUpperCase(Locale.ROOT) : token.text();
      for (Construct construct : PortabilityCatalog.anchoredOn(anchor)) {
        if (construct.supportedOn(target) || !matcher.matches(construct.shape(), i)) {
          continue;
        }
        if (!allowed(construct) && !pragmas.allows(construct, token.line())) {
          out.add(diagnostic(model, construct, token));
        }
        break;
      }
    }
    return out;
  }

  private boolean allowed(Construct construct) {
    return allow.stream().anyMatch(construct::isNamedBy);
  }

  private Diagnostic diagnostic(Model model, Construct construct, Token token) {
    String message = construct.form() + " is not portable to " + displayName(target) + " (supported by: "
        + supporters(construct) + ")";
    String suggestion = "rewrite as " + construct.rewriteFor(target) + "; or keep it with '-- rocky-allow: "
        + construct.name() + "' at the end of the line, or allow = [\"" + construct.name()
        + "\"] under [portability] in rocky.toml";
    return Diagnostic.of(DiagnosticCode.P001, message)
        .withModel(model.name())
        .withSpan(SourceSpan.at(model.sqlFile(), token.line(), token.col(), token.text().length()))
        .withSuggestion(suggestion);
  }

  private static String supporters(Construct construct) {
    String names = construct.supportedBy().stream().sorted().map(PortabilityLint::displayName)
        .collect(Collectors.joining(", "));
    return names.isEmpty() ? "none of DuckDB, Databricks, Snowflake" : names;
  }

  /** How a dialect is named in messages. */
  public static String displayName(Dialect dialect) {
    return switch (dialect) {
      case DUCKDB -> "DuckDB";
      case DATABRICKS -> "Databricks";
      case SNOWFLAKE -> "Snowflake";
    };
  }
}

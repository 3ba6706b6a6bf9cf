package dev.rocky.compiler.dsl;

import dev.rocky.compiler.internal.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recursive descent over a {@code .rocky} file: {@code let} bindings, then one pipeline that
 * starts with {@code from}. Steps need no separator; {@code |} may be written between them.
 * Every error names what was expected and points at the token found instead.
 */
final class Parser {
  static final List<String> STEPS = List.of("from", "where", "derive", "group", "select", "join", "sort", "take", "distinct");
  private static final Map<String, String> FROM_OTHER_LANGUAGES = Map.of(
      "filter", "where", "aggregate", "group", "order", "sort", "limit", "take", "mutate", "derive",
      "having", "where", "orderby", "sort");

  private final Tokens in;
  private final ExprParser exprs;

  private Parser(List<Token> tokens) {
    this.in = new Tokens(tokens);
    this.exprs = new ExprParser(in);
  }

  static RockyFile parse(String text) {
    return new Parser(Lexer.tokens(text)).file();
  }

  private RockyFile file() {
    List<RockyFile.Let> lets = new ArrayList<>();
    while (in.atWord("let")) {
      lets.add(let());
    }
    if (in.at(TokenKind.EOF)) {
      throw in.expected("a pipeline starting with `from`", "write for example: from orders | where amount > 0");
    }
    List<Step> pipeline = pipeline(false);
    if (!in.at(TokenKind.EOF)) {
      throw in.expected("a pipeline step", null);
    }
    return new RockyFile(lets, pipeline);
  }

  private RockyFile.Let let() {
    in.expectWord("let");
    Token name = in.identifier("a name for the `let` binding");
    in.expect(TokenKind.ASSIGN, "`=` after the name of the `let` binding");
    return new RockyFile.Let(name.text(), name.pos(), pipeline(true));
  }

  /** Steps up to the end of file, the next {@code let}, or (in a {@code let}) the main pipeline's {@code from}. */
  private List<Step> pipeline(boolean inLet) {
    List<Step> steps = new ArrayList<>();
    while (true) {
      while (in.accept(TokenKind.PIPE)) {
        // separators between steps are optional
      }
      Token t = in.peek();
      if (t.is(TokenKind.EOF) || t.isWord("let")) {
        break;
      }
      if (t.isWord("from") && !steps.isEmpty()) {
        if (inLet) {
          break;
        }
        throw DslSyntaxError.at(t, "a pipeline has one `from`", "combine tables with `join`, or name a sub-pipeline with `let`");
      }
      if (steps.isEmpty() && !t.isWord("from")) {
        throw in.expected("`from` to start the pipeline", null);
      }
      steps.add(step());
    }
    if (steps.isEmpty()) {
      throw in.expected("a pipeline starting with `from`", null);
    }
    return steps;
  }

  private Step step() {
    Token t = in.peek();
    if (joinAhead()) {
      return new JoinParser(in, exprs).join();
    }
    if (!t.is(TokenKind.KEYWORD) || !STEPS.contains(t.text())) {
      throw in.expected("a pipeline step (" + String.join(", ", STEPS) + ")", unknownStep(t));
    }
    in.next();
    return switch (t.text()) {
      case "from" -> from(t);
      case "where" -> new Step.Where(exprs.expr(), t.pos());
      case "derive" -> new Step.Derive(bindings("derive"), t.pos());
      case "group" -> group(t);
      case "select" -> new Step.Select(new SelectParser(in, exprs).items(), t.pos());
      case "sort" -> sort(t);
      case "take" -> take(t);
      default -> new Step.Distinct(t.pos());
    };
  }

  private boolean joinAhead() {
    Token t = in.peek();
    if (t.isKeyword("join")) {
      return true;
    }
    return t.is(TokenKind.IDENT) && (JoinParser.TYPES.containsKey(t.text()) && in.peek(1).isKeyword("join")
        || JoinParser.TYPES.containsKey(t.text().replace("_join", "")) && t.text().endsWith("_join"));
  }

  private static String unknownStep(Token t) {
    if (t.kind() != TokenKind.IDENT && t.kind() != TokenKind.KEYWORD) {
      return "each step starts with a keyword; check the end of the previous step";
    }
    String known = FROM_OTHER_LANGUAGES.get(t.text().toLowerCase(java.util.Locale.ROOT));
    if (known != null) {
      return "Rocky writes `" + known + "` for `" + t.text() + "`";
    }
    return Suggestions.closest(t.text(), STEPS).map(s -> "did you mean `" + s + "`?")
        .orElse("each step starts with one of: " + String.join(", ", STEPS));
  }

  private Step from(Token keyword) {
    Token first = in.identifier("a table or model name after `from`");
    String table = dotted(first);
    String alias = in.acceptWord("as") ? in.identifier("an alias after `as`").text() : null;
    return new Step.From(table, first.pos(), alias, keyword.pos());
  }

  String dotted(Token first) {
    StringBuilder name = new StringBuilder(first.text());
    while (in.accept(TokenKind.DOT)) {
      name.append('.').append(in.identifier("a name after `.`").text());
    }
    return name.toString();
  }

  private Step group(Token keyword) {
    List<Expr> keys = new ArrayList<>();
    if (!in.at(TokenKind.LBRACE)) {
      keys.add(exprs.column("a column to group by"));
      while (in.accept(TokenKind.COMMA)) {
        keys.add(exprs.column("a column to group by"));
      }
    }
    List<Step.Binding> aggregates = bindings("group");
    return new Step.Group(keys, aggregates, keyword.pos());
  }

  /** {@code { name: expr, ... }}. */
  private List<Step.Binding> bindings(String step) {
    in.expect(TokenKind.LBRACE, "`{` after `" + step + "`");
    List<Step.Binding> out = new ArrayList<>();
    while (!in.at(TokenKind.RBRACE)) {
      out.add(binding(step));
      if (!in.accept(TokenKind.COMMA) && !in.at(TokenKind.RBRACE)) {
        throw in.expected("`,` or `}`", null);
      }
    }
    in.expect(TokenKind.RBRACE, "`}`");
    return out;
  }

  Step.Binding binding(String step) {
    Token name = in.identifier("a column name (`name: expression`) in `" + step + "`");
    if (!in.at(TokenKind.COLON)) {
      throw in.expected("`:` after `" + name.text() + "`", "write `" + name.text() + ": <expression>`");
    }
    in.next();
    return new Step.Binding(name.text(), name.pos(), exprs.expr());
  }

  private Step sort(Token keyword) {
    List<Expr.SortKey> keys = new ArrayList<>();
    keys.add(exprs.sortKey());
    while (in.accept(TokenKind.COMMA)) {
      keys.add(exprs.sortKey());
    }
    return new Step.Sort(keys, keyword.pos());
  }

  private Step take(Token keyword) {
    Token n = in.expect(TokenKind.NUMBER, "a number of rows after `take`");
    if (n.value().contains(".")) {
      throw DslSyntaxError.at(n, "`take` needs a whole number of rows", null);
    }
    return new Step.Take(n.value(), keyword.pos());
  }
}

package dev.rocky.compiler.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code [left|right|full|cross|inner] join t [as a] on k1, k2 [{ keep c1, a.c2 }]}, also
 * {@code on <condition>} and the one-word forms {@code left_join}, {@code right_join}, ....
 */
final class JoinParser {
  static final Map<String, Step.JoinType> TYPES = Map.of(
      "inner", Step.JoinType.INNER, "left", Step.JoinType.LEFT, "right", Step.JoinType.RIGHT,
      "full", Step.JoinType.FULL, "cross", Step.JoinType.CROSS);

  private final Tokens in;
  private final ExprParser exprs;

  JoinParser(Tokens in, ExprParser exprs) {
    this.in = in;
    this.exprs = exprs;
  }

  Step join() {
    Token first = in.next();
    Step.JoinType type = Step.JoinType.INNER;
    if (first.is(TokenKind.IDENT)) {
      type = TYPES.get(first.text().replace("_join", ""));
      if (!first.text().endsWith("_join")) {
        in.expectWord("join");
      }
    }
    Token table = in.identifier("a table or model name after `join`");
    StringBuilder name = new StringBuilder(table.text());
    while (in.accept(TokenKind.DOT)) {
      name.append('.').append(in.identifier("a name after `.`").text());
    }
    String alias = in.acceptWord("as") ? in.identifier("an alias after `as`").text() : null;
    List<Expr.Column> keys = new ArrayList<>();
    Expr condition = null;
    if (type == Step.JoinType.CROSS) {
      if (in.atWord("on")) {
        throw DslSyntaxError.at(in.peek(), "a cross join has no `on`", "remove `on ...`, or use `join`");
      }
    } else {
      if (!in.atWord("on")) {
        throw in.expected("`on` with the join keys (`on customer_id`) or a condition", null);
      }
      in.next();
      Expr e = exprs.expr();
      if (e instanceof Expr.Column c) {
        keys.add(c);
        while (in.accept(TokenKind.COMMA)) {
          keys.add(key());
        }
      } else {
        condition = e;
      }
    }
    return new Step.Join(type, name.toString(), table.pos(), alias, keys, condition, keep(), first.pos());
  }

  private Expr.Column key() {
    Token t = in.identifier("a join key column");
    return new Expr.Column(t.text(), t.pos());
  }

  private List<Expr> keep() {
    if (!in.at(TokenKind.LBRACE)) {
      return List.of();
    }
    in.next();
    in.expectWord("keep");
    List<Expr> out = new ArrayList<>();
    out.add(exprs.column("a column to keep"));
    while (in.accept(TokenKind.COMMA)) {
      out.add(exprs.column("a column to keep"));
    }
    in.expect(TokenKind.RBRACE, "`,` or `}`");
    return out;
  }
}

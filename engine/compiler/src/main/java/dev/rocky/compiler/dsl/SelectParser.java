package dev.rocky.compiler.dsl;

import java.util.ArrayList;
import java.util.List;

/** The items of {@code select { a, c.b, t.*, *, name: expr }}. */
final class SelectParser {
  private final Tokens in;
  private final ExprParser exprs;

  SelectParser(Tokens in, ExprParser exprs) {
    this.in = in;
    this.exprs = exprs;
  }

  List<Step.Item> items() {
    in.expect(TokenKind.LBRACE, "`{` after `select`");
    List<Step.Item> out = new ArrayList<>();
    while (!in.at(TokenKind.RBRACE)) {
      out.add(item());
      if (!in.accept(TokenKind.COMMA) && !in.at(TokenKind.RBRACE)) {
        throw in.expected("`,` or `}`", null);
      }
    }
    Token close = in.expect(TokenKind.RBRACE, "`}`");
    if (out.isEmpty()) {
      throw DslSyntaxError.at(close, "`select` needs at least one column", "list columns, or `*` for all of them");
    }
    return out;
  }

  private Step.Item item() {
    Token t = in.peek();
    if (t.is(TokenKind.STAR)) {
      in.next();
      return new Step.Item.Star(null, t.pos());
    }
    if (t.is(TokenKind.IDENT) && in.peek(1).is(TokenKind.COLON)) {
      in.next();
      in.next();
      return new Step.Item.Named(new Step.Binding(t.text(), t.pos(), exprs.expr()));
    }
    if (t.is(TokenKind.IDENT) && in.peek(1).is(TokenKind.DOT) && in.peek(2).is(TokenKind.STAR)) {
      in.next();
      in.next();
      in.next();
      return new Step.Item.Star(t.text(), t.pos());
    }
    return new Step.Item.Column(exprs.column("a column, `*` or `name: expression` in `select`"));
  }
}

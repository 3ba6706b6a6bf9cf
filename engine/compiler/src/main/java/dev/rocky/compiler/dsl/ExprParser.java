package dev.rocky.compiler.dsl;

import dev.rocky.compiler.dsl.Expr.BinOp;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Recursive descent over expressions, loosest first: {@code or}, {@code and}, {@code not},
 * comparisons ({@code ==}, {@code !=}, {@code <}, ..., {@code is [not] null}, {@code [not] in [..]}),
 * {@code + -}, {@code * / %}, unary minus, then literals, columns, calls, windows, {@code match}
 * and parentheses. Nesting deeper than {@value #MAX_DEPTH} is refused rather than overflowing the stack.
 */
final class ExprParser {
  static final int MAX_DEPTH = 200;

  private final Tokens in;
  private int depth;

  ExprParser(Tokens in) {
    this.in = in;
  }

  Expr expr() {
    if (++depth > MAX_DEPTH) {
      throw DslSyntaxError.at(in.peek(), "expression nested too deeply (more than " + MAX_DEPTH + " levels)",
          "split it with `derive` steps");
    }
    try {
      return or();
    } finally {
      depth--;
    }
  }

  private Expr or() {
    Expr left = and();
    while (in.atWord("or")) {
      Pos p = in.next().pos();
      left = new Expr.Binary(left, BinOp.OR, and(), p);
    }
    return left;
  }

  private Expr and() {
    Expr left = not();
    while (in.atWord("and")) {
      Pos p = in.next().pos();
      left = new Expr.Binary(left, BinOp.AND, not(), p);
    }
    return left;
  }

  private Expr not() {
    if (in.atWord("not")) {
      Pos p = in.next().pos();
      return new Expr.Not(not(), p);
    }
    return comparison();
  }

  private Expr comparison() {
    Expr left = additive();
    Token t = in.peek();
    if (t.isWord("is")) {
      in.next();
      boolean negated = in.acceptWord("not");
      in.expectWord("null");
      return new Expr.IsNull(left, negated, t.pos());
    }
    if (t.isWord("in") || (t.isWord("not") && in.peek(1).isWord("in"))) {
      boolean negated = in.acceptWord("not");
      in.expectWord("in");
      return new Expr.InList(left, list(), negated, t.pos());
    }
    BinOp op = comparisonOp(t);
    if (op != null) {
      in.next();
      return new Expr.Binary(left, op, additive(), t.pos());
    }
    if (t.is(TokenKind.ASSIGN)) {
      throw DslSyntaxError.at(t, "`=` is not a comparison", "compare with `==`; a single `=` only binds a `let`");
    }
    return left;
  }

  static @Nullable BinOp comparisonOp(Token t) {
    return switch (t.kind()) {
      case EQ -> BinOp.EQ;
      case NEQ -> BinOp.NEQ;
      case LT -> BinOp.LT;
      case LTE -> BinOp.LTE;
      case GT -> BinOp.GT;
      case GTE -> BinOp.GTE;
      default -> null;
    };
  }

  private List<Expr> list() {
    Token open = in.expect(TokenKind.LBRACKET, "`[` to start the list of values");
    List<Expr> values = new ArrayList<>();
    while (!in.at(TokenKind.RBRACKET)) {
      values.add(expr());
      if (!in.accept(TokenKind.COMMA)) {
        break;
      }
    }
    in.expect(TokenKind.RBRACKET, "`,` or `]`");
    if (values.isEmpty()) {
      throw DslSyntaxError.at(open, "an `in` list needs at least one value", null);
    }
    return values;
  }

  Expr additive() {
    Expr left = multiplicative();
    while (in.at(TokenKind.PLUS) || in.at(TokenKind.MINUS)) {
      Token t = in.next();
      left = new Expr.Binary(left, t.is(TokenKind.PLUS) ? BinOp.ADD : BinOp.SUB, multiplicative(), t.pos());
    }
    return left;
  }

  private Expr multiplicative() {
    Expr left = unary();
    while (in.at(TokenKind.STAR) || in.at(TokenKind.SLASH) || in.at(TokenKind.PERCENT)) {
      Token t = in.next();
      BinOp op = t.is(TokenKind.STAR) ? BinOp.MUL : t.is(TokenKind.SLASH) ? BinOp.DIV : BinOp.MOD;
      left = new Expr.Binary(left, op, unary(), t.pos());
    }
    return left;
  }

  private Expr unary() {
    if (in.at(TokenKind.MINUS)) {
      Pos p = in.next().pos();
      return new Expr.Negate(unary(), p);
    }
    return primary();
  }

  private Expr primary() {
    Token t = in.peek();
    switch (t.kind()) {
      case STRING -> {
        in.next();
        return new Expr.Str(t.value(), t.pos());
      }
      case NUMBER -> {
        in.next();
        return new Expr.Num(t.value(), t.pos());
      }
      case DATE -> {
        in.next();
        return new Expr.DateLit(t.value(), t.pos());
      }
      case PLACEHOLDER -> {
        in.next();
        return new Expr.Placeholder(t.text(), t.pos());
      }
      case LPAREN -> {
        in.next();
        Expr inner = expr();
        in.expect(TokenKind.RPAREN, "`)`");
        return inner;
      }
      case IDENT -> {
        return name();
      }
      case KEYWORD -> {
        switch (t.text()) {
          case "true", "false" -> {
            in.next();
            return new Expr.Bool(t.text().equals("true"), t.pos());
          }
          case "null" -> {
            in.next();
            return new Expr.Null(t.pos());
          }
          case "match" -> {
            return new MatchParser(in, this).match();
          }
          default -> throw in.expected("an expression", null);
        }
      }
      default -> throw in.expected("an expression", null);
    }
  }

  /** A column, a qualified column, a call or a window function. */
  private Expr name() {
    Token name = in.next();
    if (in.accept(TokenKind.DOT)) {
      Token column = in.identifier("a column name after `.`");
      return new Expr.Qualified(name.text(), column.text(), name.pos());
    }
    if (!in.at(TokenKind.LPAREN)) {
      return new Expr.Column(name.text(), name.pos());
    }
    Expr.Call call = call(name);
    return in.atWord("over") ? new WindowParser(in, this).window(call) : call;
  }

  private Expr.Call call(Token name) {
    in.expect(TokenKind.LPAREN, "`(`");
    if (in.at(TokenKind.STAR) && in.peek(1).is(TokenKind.RPAREN)) {
      in.next();
      in.next();
      return new Expr.Call(name.text(), List.of(), false, true, name.pos());
    }
    boolean distinct = in.acceptWord("distinct");
    List<Expr> args = new ArrayList<>();
    while (!in.at(TokenKind.RPAREN)) {
      args.add(expr());
      if (!in.accept(TokenKind.COMMA)) {
        break;
      }
    }
    in.expect(TokenKind.RPAREN, "`,` or `)` in the arguments of " + name.text() + "()");
    boolean star = args.isEmpty() && name.text().equalsIgnoreCase("count");
    return new Expr.Call(name.text(), args, distinct, star, name.pos());
  }

  /** A column or qualified column, as in group keys and window partitions. */
  Expr column(String what) {
    Token name = in.identifier(what);
    if (in.accept(TokenKind.DOT)) {
      Token column = in.identifier("a column name after `.`");
      return new Expr.Qualified(name.text(), column.text(), name.pos());
    }
    return new Expr.Column(name.text(), name.pos());
  }

  /** A sort key: {@code col}, {@code -col} or {@code col desc}. */
  Expr.SortKey sortKey() {
    boolean descending = in.accept(TokenKind.MINUS);
    Expr e = additive();
    if (in.acceptWord("desc")) {
      descending = true;
    } else {
      in.acceptWord("asc");
    }
    return new Expr.SortKey(e, descending);
  }
}

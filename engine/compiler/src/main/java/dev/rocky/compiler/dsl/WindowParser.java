package dev.rocky.compiler.dsl;

import java.util.ArrayList;
import java.util.List;

/** {@code f(args) over (partition a, b, sort -c, rows unbounded..current)}. */
final class WindowParser {
  private final Tokens in;
  private final ExprParser exprs;

  WindowParser(Tokens in, ExprParser exprs) {
    this.in = in;
    this.exprs = exprs;
  }

  Expr window(Expr.Call call) {
    in.expectWord("over");
    in.expect(TokenKind.LPAREN, "`(` after `over`");
    List<Expr> partition = new ArrayList<>();
    List<Expr.SortKey> order = new ArrayList<>();
    Expr.Frame frame = null;
    while (!in.at(TokenKind.RPAREN)) {
      if (in.acceptWord("partition")) {
        partition.add(exprs.column("a column to partition by"));
        while (in.at(TokenKind.COMMA) && !sectionAhead()) {
          in.next();
          partition.add(exprs.column("a column to partition by"));
        }
      } else if (in.acceptWord("sort")) {
        order.add(exprs.sortKey());
        while (in.at(TokenKind.COMMA) && !sectionAhead()) {
          in.next();
          order.add(exprs.sortKey());
        }
      } else if (in.atWord("rows") || in.atWord("range")) {
        boolean rows = in.next().text().equals("rows");
        Integer start = bound(true);
        in.expect(TokenKind.DOTDOT, "`..` between the frame bounds");
        frame = new Expr.Frame(rows, start, bound(false));
      } else {
        throw in.expected("`partition`, `sort`, `rows`, `range` or `)` in the window", null);
      }
      in.accept(TokenKind.COMMA);
    }
    in.expect(TokenKind.RPAREN, "`)`");
    return new Expr.Window(call, partition, order, frame, call.pos());
  }

  /** Whether the token after a comma starts the next section of the window. */
  private boolean sectionAhead() {
    Token t = in.peek(1);
    return t.isWord("partition") || t.isWord("sort") || t.isWord("rows") || t.isWord("range");
  }

  /** Null for unbounded; 0 for the current row; negative preceding, positive following. */
  private Integer bound(boolean start) {
    if (in.acceptWord("unbounded")) {
      return null;
    }
    if (in.acceptWord("current")) {
      return 0;
    }
    boolean negative = in.accept(TokenKind.MINUS);
    Token n = in.expect(TokenKind.NUMBER, "a frame bound (`unbounded`, `current` or a number of rows)");
    int rows;
    try {
      rows = Integer.parseInt(n.value());
    } catch (NumberFormatException e) {
      throw DslSyntaxError.at(n, "frame bound must be a whole number of rows", null);
    }
    return negative || start ? -rows : rows;
  }
}

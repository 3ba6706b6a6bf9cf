package dev.rocky.compiler.dsl;

import dev.rocky.compiler.dsl.Expr.BinOp;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code match subject { > 100 => "big", 1 => "one", _ => "other" }} (a bare value means
 * {@code ==}) and {@code match { cond => value, _ => other }}, lowered to {@code CASE}.
 */
final class MatchParser {
  private final Tokens in;
  private final ExprParser exprs;

  MatchParser(Tokens in, ExprParser exprs) {
    this.in = in;
    this.exprs = exprs;
  }

  Expr match() {
    Token keyword = in.expectWord("match");
    Expr subject = in.at(TokenKind.LBRACE) ? null : exprs.additive();
    in.expect(TokenKind.LBRACE, "`{` to start the arms of `match`");
    List<Expr.Arm> arms = new ArrayList<>();
    boolean wildcard = false;
    while (!in.at(TokenKind.RBRACE)) {
      if (wildcard) {
        throw DslSyntaxError.at(in.peek(), "an arm after `_` can never match", "make `_` the last arm");
      }
      Expr.Arm arm = arm(subject != null);
      wildcard = arm.value() == null;
      arms.add(arm);
      in.accept(TokenKind.COMMA);
    }
    in.expect(TokenKind.RBRACE, "`}`");
    if (arms.isEmpty() || (arms.size() == 1 && wildcard)) {
      throw DslSyntaxError.at(keyword, "`match` needs at least one arm besides `_`", "add an arm such as `> 0 => \"positive\"`");
    }
    return new Expr.Match(subject, arms, keyword.pos());
  }

  private Expr.Arm arm(boolean hasSubject) {
    Expr value;
    BinOp op = null;
    if (in.peek().is(TokenKind.IDENT) && in.peek().text().equals("_") && in.peek(1).is(TokenKind.ARROW)) {
      in.next();
      value = null;
    } else if (hasSubject) {
      op = ExprParser.comparisonOp(in.peek());
      if (op != null) {
        in.next();
      } else {
        op = BinOp.EQ;
      }
      value = exprs.additive();
    } else {
      value = exprs.expr();
    }
    in.expect(TokenKind.ARROW, "`=>` after the pattern of a `match` arm");
    return new Expr.Arm(op, value, exprs.expr());
  }
}

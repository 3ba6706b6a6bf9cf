package dev.rocky.compiler.dsl;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A cursor over the tokens, with the {@code expected X, found Y} errors the parsers share. */
final class Tokens {
  private final List<Token> tokens;
  private int at;

  Tokens(List<Token> tokens) {
    this.tokens = tokens;
  }

  Token peek() {
    return tokens.get(at);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(at + ahead, tokens.size() - 1));
  }

  Token next() {
    Token t = tokens.get(at);
    if (!t.is(TokenKind.EOF)) {
      at++;
    }
    return t;
  }

  boolean at(TokenKind kind) {
    return peek().is(kind);
  }

  boolean atWord(String word) {
    return peek().isWord(word);
  }

  /** Consumes the token when it is of {@code kind}. */
  boolean accept(TokenKind kind) {
    if (at(kind)) {
      next();
      return true;
    }
    return false;
  }

  boolean acceptWord(String word) {
    if (atWord(word)) {
      next();
      return true;
    }
    return false;
  }

  Token expect(TokenKind kind, String what) {
    if (!at(kind)) {
      throw expected(what, null);
    }
    return next();
  }

  Token expectWord(String word) {
    if (!atWord(word)) {
      throw expected("`" + word + "`", null);
    }
    return next();
  }

  /** An identifier (a soft keyword such as {@code keep} or {@code rows} counts). */
  Token identifier(String what) {
    if (!at(TokenKind.IDENT)) {
      Token t = peek();
      String hint = t.is(TokenKind.KEYWORD)
          ? "`" + t.text() + "` is a keyword; rename the column or alias in SQL before using it here"
          : null;
      throw expected(what, hint);
    }
    return next();
  }

  /** The error {@code expected <what>, found <next token>}, pointing at the next token. */
  DslSyntaxError expected(String what, @Nullable String suggestion) {
    Token t = peek();
    if (suggestion == null && t.is(TokenKind.ASSIGN)) {
      suggestion = "compare with `==`; a single `=` only binds a `let`";
    }
    return DslSyntaxError.at(t, "expected " + what + ", found " + t.describe(), suggestion);
  }
}

package dev.rocky.compiler.sql.fast;

import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.parser.Span;
import org.jspecify.annotations.Nullable;

/**
 * The position in the token list, with JavaCC's notion of "the last token consumed" ({@link #pos()}
 * is Calcite's {@code getPos()}), and the way out: {@link #bail()} abandons the fast path.
 */
final class Cursor {
  final Tokens t;
  /** Index of the next token to consume. */
  int next;
  /** Calcite counts dynamic parameters ({@code ?}) in order. */
  int dynamicParams;

  Cursor(Tokens t) {
    this.t = t;
  }

  /** Thrown to give up; stackless, so giving up is cheap. */
  static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Bail INSTANCE = new Bail();

    private Bail() {
      super("not in the fast path's subset", null, false, false);
    }
  }

  static Bail bail() {
    return Bail.INSTANCE;
  }

  byte kind(int ahead) {
    int i = next + ahead;
    return i < t.size ? t.kinds[i] : Tokens.EOF;
  }

  byte kind() {
    return t.kinds[next];
  }

  /** Whether the token {@code ahead} of the next is the keyword {@code upper}. */
  boolean isKeyword(int ahead, String upper) {
    int i = next + ahead;
    return i < t.size && t.kinds[i] == Tokens.KEYWORD && upper.equals(t.values[i]);
  }

  boolean isKeyword(String upper) {
    return isKeyword(0, upper);
  }

  boolean isSymbol(int ahead, char code) {
    int i = next + ahead;
    return i < t.size && t.kinds[i] == Tokens.SYMBOL && t.codes[i] == code;
  }

  boolean isSymbol(char code) {
    return isSymbol(0, code);
  }

  /** The upper-case keyword of the next token, or null when it is not a keyword. */
  @Nullable String keyword() {
    return t.kinds[next] == Tokens.KEYWORD ? t.values[next] : null;
  }

  /** Whether the next token can start an identifier segment (a name, a quoted name, a non-reserved keyword). */
  boolean atIdentifier(int ahead) {
    int i = next + ahead;
    if (i >= t.size) {
      return false;
    }
    byte k = t.kinds[i];
    return k == Tokens.IDENT || k == Tokens.QUOTED || (k == Tokens.KEYWORD && !t.reserved(i));
  }

  void consume() {
    next++;
  }

  void expectKeyword(String upper) {
    if (!isKeyword(upper)) {
      throw bail();
    }
    next++;
  }

  void expectSymbol(char code) {
    if (!isSymbol(code)) {
      throw bail();
    }
    next++;
  }

  boolean acceptKeyword(String upper) {
    if (isKeyword(upper)) {
      next++;
      return true;
    }
    return false;
  }

  boolean acceptSymbol(char code) {
    if (isSymbol(code)) {
      next++;
      return true;
    }
    return false;
  }

  /** Calcite's {@code getPos()}: the position of the last token consumed. */
  SqlParserPos pos() {
    return posOf(next - 1);
  }

  SqlParserPos posOf(int i) {
    return new SqlParserPos(t.beginLine[i], t.beginCol[i], t.endLine[i], t.endCol[i]);
  }

  /** Calcite's {@code span()}. */
  Span span() {
    return Span.of(pos());
  }

  /** Calcite's {@code s.end(this)}. */
  SqlParserPos end(Span s) {
    return s.add(pos()).pos();
  }
}

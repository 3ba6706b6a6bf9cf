package dev.rocky.compiler.sql.fast;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a text as Calcite's core lexer (DQID or BTID state, tab size 1) would produce them,
 * with the same positions. Only the tokens the fast parser reads are supported; anything else (a
 * hint, a prefixed string, a {@code $}, a non-ASCII character, an operator it does not handle) makes
 * {@link #lex} return null, and the model goes to Calcite.
 */
final class Tokens {
  // Kinds.
  static final byte EOF = 0;
  static final byte IDENT = 1;
  static final byte KEYWORD = 2;
  static final byte QUOTED = 3;
  static final byte STRING = 4;
  static final byte INTEGER = 5;
  static final byte DECIMAL = 6;
  static final byte APPROX = 7;
  static final byte SYMBOL = 8;

  // Symbols of two characters (one-character symbols are the character itself).
  static final char LE = 'a';
  static final char GE = 'b';
  static final char NE = 'c';
  static final char NE2 = 'd';
  static final char CONCAT = 'e';

  final String text;
  byte[] kinds = new byte[64];
  /** For keywords, the upper-case word; for identifiers, the name; for symbols, null. */
  @Nullable String[] values = new String[64];
  /** For keywords, whether Calcite reserves the word; for symbols, the symbol code. */
  char[] codes = new char[64];
  int[] beginLine = new int[64];
  int[] beginCol = new int[64];
  int[] endLine = new int[64];
  int[] endCol = new int[64];
  int[] start = new int[64];
  int[] end = new int[64];
  int size;

  private Tokens(String text) {
    this.text = text;
  }

  /** The tokens of {@code text}, or null when it holds something the fast path does not read. */
  static @Nullable Tokens lex(String text, boolean backticks) {
    Tokens t = new Tokens(text);
    return new Lexer(t, backticks).run() ? t : null;
  }

  String image(int i) {
    return text.substring(start[i], end[i]);
  }

  boolean reserved(int i) {
    return codes[i] == 1;
  }

  void add(byte kind, @Nullable String value, char code, int s, int e, int bl, int bc, int el, int ec) {
    if (size == kinds.length) {
      int n = size * 2;
      kinds = Arrays.copyOf(kinds, n);
      values = Arrays.copyOf(values, n);
      codes = Arrays.copyOf(codes, n);
      beginLine = Arrays.copyOf(beginLine, n);
      beginCol = Arrays.copyOf(beginCol, n);
      endLine = Arrays.copyOf(endLine, n);
      endCol = Arrays.copyOf(endCol, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
    }
    kinds[size] = kind;
    values[size] = value;
    codes[size] = code;
    start[size] = s;
    end[size] = e;
    beginLine[size] = bl;
    beginCol[size] = bc;
    endLine[size] = el;
    endCol[size] = ec;
    size++;
  }

  /** The scanner; tracks line and column exactly as JavaCC's {@code SimpleCharStream} does. */
  private static final class Lexer {
    private final Tokens out;
    private final String s;
    private final int n;
    private final boolean backticks;
    // Position of the character at index `at` (valid after step()).
    private int at = -1;
    private int line = 1;
    private int col = 0;
    private boolean prevCr;
    private boolean prevLf;
    // Positions of every character, filled as we go.
    private final int[] lines;
    private final int[] cols;

    Lexer(Tokens out, boolean backticks) {
      this.out = out;
      this.s = out.text;
      this.n = s.length();
      this.backticks = backticks;
      this.lines = new int[n + 1];
      this.cols = new int[n + 1];
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        col++;
        if (prevLf) {
          prevLf = false;
          line++;
          col = 1;
        } else if (prevCr) {
          prevCr = false;
          if (c == '\n') {
            prevLf = true;
          } else {
            line++;
            col = 1;
          }
        }
        if (c == '\r') {
          prevCr = true;
        } else if (c == '\n') {
          prevLf = true;
        }
        lines[i] = line;
        cols[i] = col;
      }
    }

    boolean run() {
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
          i++;
        } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
          i = lineEnd(i);
        } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
          return false; // Calcite reads "//" as a comment; rare enough to leave to it
        } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
          if (i + 2 < n && s.charAt(i + 2) == '+') {
            return false; // a hint
          }
          int close = s.indexOf("*/", i + 2);
          if (close < 0) {
            return false;
          }
          i = close + 2;
        } else if (c == '\'') {
          int e = quoted(i, '\'', true);
          if (e < 0 || (e < n && s.charAt(e) == '\'')) {
            return false;
          }
          token(STRING, null, (char) 0, i, e);
          i = e;
        } else if (c == '"' || c == '`') {
          if ((c == '`') != backticks) {
            return false;
          }
          int e = quoted(i, c, false);
          if (e < 0 || e - i < 3) {
            return false;
          }
          String q = String.valueOf(c);
          token(QUOTED, s.substring(i + 1, e - 1).replace(q + q, q), (char) 0, i, e);
          i = e;
        } else if (isLetter(c)) {
          int e = i + 1;
          while (e < n && (isLetter(s.charAt(e)) || isDigit(s.charAt(e)))) {
            e++;
          }
          if (e < n && (s.charAt(e) == '\'' || s.charAt(e) == '&' || s.charAt(e) == '$' || s.charAt(e) > 127)) {
            return false; // x'..', N'..', U&'..', a collation or a non-ASCII name
          }
          String word = s.substring(i, e);
          if (word.indexOf('$') >= 0) {
            return false;
          }
          String upper = word.toUpperCase(Locale.ROOT);
          byte kind = CalciteKeywords.kind(upper);
          if (kind == CalciteKeywords.NONE) {
            token(IDENT, word, (char) 0, i, e);
          } else if (upper.equals("END") && s.regionMatches(true, e, "-EXEC", 0, 5)) {
            return false;
          } else {
            token(KEYWORD, upper, kind == CalciteKeywords.RESERVED ? (char) 1 : (char) 2, i, e);
          }
          i = e;
        } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1)))) {
          i = number(i);
        } else {
          i = symbol(i, c);
          if (i < 0) {
            return false;
          }
        }
      }
      out.add(EOF, null, (char) 0, n, n, line(n), col(n), line(n), col(n));
      return true;
    }

    private int number(int i) {
      int e = i;
      while (e < n && isDigit(s.charAt(e))) {
        e++;
      }
      byte kind = INTEGER;
      if (e < n && s.charAt(e) == '.') {
        kind = DECIMAL;
        e++;
        while (e < n && isDigit(s.charAt(e))) {
          e++;
        }
      }
      if (e < n && (s.charAt(e) == 'e' || s.charAt(e) == 'E')) {
        int x = e + 1;
        if (x < n && (s.charAt(x) == '+' || s.charAt(x) == '-')) {
          x++;
        }
        if (x < n && isDigit(s.charAt(x))) {
          while (x < n && isDigit(s.charAt(x))) {
            x++;
          }
          kind = APPROX;
          e = x;
        }
      }
      token(kind, null, (char) 0, i, e);
      return e;
    }

    private int symbol(int i, char c) {
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      char code;
      int len = 1;
      switch (c) {
        case '(', ')', '[', ']', ',', '=', '+', '*', '%', '?' -> code = c;
        case '.' -> code = c;
        case '/' -> code = c;
        case '-' -> {
          if (next == '>') {
            return -1; // lambda
          }
          code = c;
        }
        case '<' -> {
          if (next == '=') {
            if (i + 2 < n && s.charAt(i + 2) == '>') {
              return -1; // <=>
            }
            code = LE;
            len = 2;
          } else if (next == '>') {
            code = NE;
            len = 2;
          } else {
            code = c;
          }
        }
        case '>' -> {
          if (next == '=') {
            code = GE;
            len = 2;
          } else {
            code = c;
          }
        }
        case '!' -> {
          if (next != '=') {
            return -1;
          }
          code = NE2;
          len = 2;
        }
        case '|' -> {
          if (next != '|') {
            return -1;
          }
          code = CONCAT;
          len = 2;
        }
        default -> {
          return -1;
        }
      }
      if ((c == '=' && next == '>') || (c == '*' && next == '/')) {
        return -1; // named argument, a stray comment end
      }
      token(SYMBOL, null, code, i, i + len);
      return i + len;
    }

    /** The end (exclusive) of a quoted token opened at {@code open}, or -1. */
    private int quoted(int open, char quote, boolean multiline) {
      int i = open + 1;
      while (i < n) {
        char c = s.charAt(i);
        if (c == quote) {
          if (i + 1 < n && s.charAt(i + 1) == quote) {
            i += 2;
            continue;
          }
          return i + 1;
        }
        if (!multiline && (c == '\n' || c == '\r')) {
          return -1;
        }
        if (c > 127) {
          return -1;
        }
        i++;
      }
      return -1;
    }

    private int lineEnd(int i) {
      int e = i;
      while (e < n && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
        e++;
      }
      return e;
    }

    private void token(byte kind, @Nullable String value, char code, int from, int to) {
      out.add(kind, value, code, from, to, line(from), col(from), line(to - 1), col(to - 1));
    }

    private int line(int i) {
      return i < n ? lines[i] : (n == 0 ? 1 : lines[n - 1]);
    }

    private int col(int i) {
      return i < n ? cols[i] : (n == 0 ? 1 : cols[n - 1] + 1);
    }

    private static boolean isLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}

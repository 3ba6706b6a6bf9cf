package dev.rocky.compiler.sql.fast;

import java.util.Arrays;
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

  /** The arrays of this thread's last lexing, cleared, kept for its next one (a parse needs one at a time). */
  private static final ThreadLocal<Tokens> SPARE = new ThreadLocal<>();

  String text;
  byte[] kinds;
  /** For keywords, the upper-case word; for identifiers and quoted names, the name; else null. */
  @Nullable String[] values;
  /** For keywords, whether Calcite reserves the word; for symbols, the symbol code. */
  char[] codes;
  int[] beginLine;
  int[] beginCol;
  int[] endLine;
  int[] endCol;
  int[] start;
  int[] end;
  int size;

  private Tokens(String text) {
    this.text = text;
    allocate(capacityFor(text));
  }

  /** About one token per four characters of SQL. */
  private static int capacityFor(String text) {
    return Math.max(16, text.length() / 4);
  }

  private void allocate(int n) {
    kinds = new byte[n];
    values = new String[n];
    codes = new char[n];
    beginLine = new int[n];
    beginCol = new int[n];
    endLine = new int[n];
    endCol = new int[n];
    start = new int[n];
    end = new int[n];
  }

  /** The tokens of {@code text}, or null when it holds something the fast path does not read. */
  static @Nullable Tokens lex(String text, boolean backticks) {
    Tokens t = SPARE.get();
    if (t == null) {
      t = new Tokens(text);
    } else {
      SPARE.remove();
      t.text = text;
      if (t.kinds.length < capacityFor(text)) {
        t.allocate(capacityFor(text));
      }
    }
    if (new Lexer(t, backticks).run()) {
      return t;
    }
    t.release();
    return null;
  }

  /**
   * Clears the tokens (the arrays then read as new ones would) and keeps them for this thread's next
   * {@link #lex}; this object must not be used afterwards. Saves about 8 bytes of arrays per
   * character of SQL, which is most of what lexing allocates.
   */
  void release() {
    Arrays.fill(kinds, 0, size, (byte) 0);
    Arrays.fill(values, 0, size, null);
    Arrays.fill(codes, 0, size, (char) 0);
    Arrays.fill(beginLine, 0, size, 0);
    Arrays.fill(beginCol, 0, size, 0);
    Arrays.fill(endLine, 0, size, 0);
    Arrays.fill(endCol, 0, size, 0);
    Arrays.fill(start, 0, size, 0);
    Arrays.fill(end, 0, size, 0);
    size = 0;
    text = "";
    SPARE.set(this);
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
    // JavaCC's line and column bookkeeping (SimpleCharStream.UpdateLineColumn), advanced up to `at`:
    // (line, col) is the position of the character at index `at`.
    private int at = -1;
    private int line = 1;
    private int col = 0;
    private boolean prevCr;
    private boolean prevLf;

    Lexer(Tokens out, boolean backticks) {
      this.out = out;
      this.s = out.text;
      this.n = s.length();
      this.backticks = backticks;
    }

    /** Advances the bookkeeping to character {@code i} (never backwards). */
    private void advanceTo(int i) {
      while (at < i) {
        at++;
        char c = s.charAt(at);
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
          boolean dollar = c == '$';
          while (e < n && (isLetter(s.charAt(e)) || isDigit(s.charAt(e)))) {
            dollar |= s.charAt(e) == '$';
            e++;
          }
          if (e < n && (s.charAt(e) == '\'' || s.charAt(e) == '&' || s.charAt(e) == '$' || s.charAt(e) > 127)) {
            return false; // x'..', N'..', U&'..', a collation or a non-ASCII name
          }
          if (dollar) {
            return false; // Calcite may read a collation name here
          }
          int slot = CalciteKeywords.slot(s, i, e);
          if (slot < 0) {
            token(IDENT, s.substring(i, e), (char) 0, i, e);
          } else if (e - i == 3 && s.regionMatches(true, i, "END", 0, 3) && s.regionMatches(true, e, "-EXEC", 0, 5)) {
            return false;
          } else {
            token(KEYWORD, CalciteKeywords.word(slot), CalciteKeywords.reservedSlot(slot) ? (char) 1 : (char) 2, i, e);
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
      eof();
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
      advanceTo(from);
      int bl = line;
      int bc = col;
      advanceTo(to - 1);
      out.add(kind, value, code, from, to, bl, bc, line, col);
    }

    /** The end-of-input token: one column after the last character, on its line. */
    private void eof() {
      if (n == 0) {
        out.add(EOF, null, (char) 0, 0, 0, 1, 1, 1, 1);
        return;
      }
      advanceTo(n - 1);
      out.add(EOF, null, (char) 0, n, n, line, col + 1, line, col + 1);
    }

    private static boolean isLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}

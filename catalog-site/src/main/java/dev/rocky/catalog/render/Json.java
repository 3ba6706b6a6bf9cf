package dev.rocky.catalog.render;

/**
 * A small JSON writer for the site's payloads: strings escaped so that the text is also safe inside
 * a {@code <script>} element ({@code <}, {@code >}, {@code &} and the line separators escaped).
 */
public final class Json {
  private final StringBuilder out;
  private boolean first = true;

  public Json(StringBuilder out) {
    this.out = out;
  }

  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2);
    quote(b, s);
    return b.toString();
  }

  public static void quote(StringBuilder b, String s) {
    b.append('"');
    int plain = 0;
    while (plain < s.length() && isPlain(s.charAt(plain))) {
      plain++;
    }
    if (plain == s.length()) {
      b.append(s).append('"');
      return;
    }
    b.append(s, 0, plain);
    for (int i = plain; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (isPlain(c)) {
            b.append(c);
          } else {
            b.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
          }
        }
      }
    }
    b.append('"');
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** A character written as is: not a quote, backslash, control character, HTML delimiter or line separator. */
  private static boolean isPlain(char c) {
    return c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != '\u2028' && c != '\u2029';
  }

  /** Starts an array or object: {@code [} or <code>{</code>. */
  public Json open(char bracket) {
    comma();
    out.append(bracket);
    first = true;
    return this;
  }

  public Json close(char bracket) {
    out.append(bracket);
    first = false;
    return this;
  }

  /** An object key; the value follows. */
  public Json key(String key) {
    comma();
    quote(out, key);
    out.append(':');
    first = true;
    return this;
  }

  public Json value(String s) {
    comma();
    quote(out, s);
    return this;
  }

  public Json value(long n) {
    comma();
    out.append(n);
    return this;
  }

  /** A boolean as {@code 1} or {@code 0}, the compact spelling the browser payloads use. */
  public Json flag(boolean b) {
    comma();
    out.append(b ? '1' : '0');
    return this;
  }

  private void comma() {
    if (!first) {
      out.append(',');
    }
    first = false;
  }
}

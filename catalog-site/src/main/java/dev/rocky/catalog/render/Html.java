package dev.rocky.catalog.render;

/** HTML escaping for text built outside the templates (highlighted SQL, Markdown). */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    escape(b, s);
    return b.toString();
  }

  public static void escape(StringBuilder b, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
  }
}

package dev.rocky.catalog.render;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Markdown of the diagnostic pages (docs/diagnostics/*.md) as HTML: headings, paragraphs,
 * fenced code, lists, pipe tables, inline code, bold and links. The page's own {@code # } title is
 * dropped (the site shows the code's title). Links are rewritten by {@code links} (for example
 * {@code E010.md} to an anchor); a link it maps to null becomes plain text.
 */
public final class Markdown {
  private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");

  private Markdown() {}

  public static String html(String markdown, Function<String, @Nullable String> links) {
    List<String> lines = markdown.replace("\r\n", "\n").lines().toList();
    StringBuilder b = new StringBuilder(markdown.length() * 2);
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("# ")) {
        i++;
      } else if (line.startsWith("```")) {
        b.append("<pre><code>");
        i++;
        while (i < lines.size() && !lines.get(i).startsWith("```")) {
          Html.escape(b, lines.get(i++));
          b.append('\n');
        }
        b.append("</code></pre>\n");
        i++;
      } else if (line.startsWith("#")) {
        int level = Math.min(6, line.indexOf(' ') + 2);
        b.append("<h").append(level).append('>').append(inline(line.substring(line.indexOf(' ') + 1), links))
            .append("</h").append(level).append(">\n");
        i++;
      } else if (line.startsWith("|")) {
        b.append("<table>\n");
        boolean header = true;
        while (i < lines.size() && lines.get(i).startsWith("|")) {
          String row = lines.get(i++);
          if (row.replaceAll("[|\\-: ]", "").isEmpty()) {
            continue;
          }
          String cell = header ? "th" : "td";
          b.append("<tr>");
          for (String c : row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length()).split("\\|", -1)) {
            b.append('<').append(cell).append('>').append(inline(c.strip(), links)).append("</").append(cell).append('>');
          }
          b.append("</tr>\n");
          header = false;
        }
        b.append("</table>\n");
      } else if (isItem(line)) {
        boolean ordered = Character.isDigit(line.charAt(0));
        b.append(ordered ? "<ol>\n" : "<ul>\n");
        while (i < lines.size() && (isItem(lines.get(i)) || lines.get(i).startsWith("  ") && !lines.get(i).isBlank())) {
          String item = lines.get(i++);
          if (isItem(item)) {
            if (b.charAt(b.length() - 1) != '\n') {
              b.append("</li>\n");
            }
            b.append("<li>").append(inline(item.substring(item.indexOf(' ') + 1), links));
          } else {
            b.append(' ').append(inline(item.strip(), links));
          }
        }
        b.append("</li>\n").append(ordered ? "</ol>\n" : "</ul>\n");
      } else {
        StringBuilder p = new StringBuilder(line.strip());
        i++;
        while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("```")
            && !lines.get(i).startsWith("#") && !lines.get(i).startsWith("|") && !isItem(lines.get(i))) {
          p.append(' ').append(lines.get(i++).strip());
        }
        b.append("<p>").append(inline(p.toString(), links)).append("</p>\n");
      }
    }
    return b.toString();
  }

  private static boolean isItem(String line) {
    return line.startsWith("- ") || line.startsWith("* ") || line.matches("\\d+\\. .*");
  }

  static String inline(String text, Function<String, @Nullable String> links) {
    StringBuilder b = new StringBuilder();
    Matcher m = INLINE.matcher(text);
    int at = 0;
    while (m.find()) {
      Html.escape(b, text.substring(at, m.start()));
      if (m.group(1) != null) {
        b.append("<code>");
        Html.escape(b, m.group(1));
        b.append("</code>");
      } else if (m.group(2) != null) {
        b.append("<strong>").append(inline(m.group(2), links)).append("</strong>");
      } else {
        String href = links.apply(m.group(4));
        if (href == null) {
          b.append(inline(m.group(3), links));
        } else {
          b.append("<a href=\"");
          Html.escape(b, href);
          b.append("\">").append(inline(m.group(3), links)).append("</a>");
        }
      }
      at = m.end();
    }
    Html.escape(b, text.substring(at));
    return b.toString();
  }
}

package dev.rocky.app.hooks;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A webhook's {@code body_template}, rendered with Mustache over the event: {@code {{event}}},
 * {@code {{model}}}, {@code {{error}}}, {@code {{metadata.key}}}, sections, and Rocky's
 * {@code {{#if name}}...{{/if}}}. Bodies are JSON, so {@code {{x}}} is escaped for a JSON string
 * (quotes, backslashes, control characters); {@code {{{x}}}} inserts the value as it is.
 */
final class BodyTemplate {
  private static final Pattern IF = Pattern.compile("\\{\\{\\s*(#if\\s+([^}\\s]+)|/if)\\s*}}");
  private static final DefaultMustacheFactory FACTORY = new JsonEscapingFactory();

  private BodyTemplate() {}

  /** @throws IllegalArgumentException when the template does not parse */
  static String render(String template, Map<String, Object> scope) {
    Mustache mustache;
    try {
      mustache = FACTORY.compile(new StringReader(ifsAsSections(template)), "body_template");
    } catch (MustacheException e) {
      throw new IllegalArgumentException("body_template does not parse: " + e.getMessage(), e);
    }
    StringWriter out = new StringWriter();
    mustache.execute(out, scope);
    return out.toString();
  }

  /** {@code {{#if x}}...{{/if}}} as the Mustache section {@code {{#x}}...{{/x}}}. */
  static String ifsAsSections(String template) {
    Matcher m = IF.matcher(template);
    StringBuilder out = new StringBuilder();
    Deque<String> open = new ArrayDeque<>();
    while (m.find()) {
      String name;
      if (m.group(2) != null) {
        name = m.group(2);
        open.push(name);
        m.appendReplacement(out, Matcher.quoteReplacement("{{#" + name + "}}"));
      } else {
        if (open.isEmpty()) {
          throw new IllegalArgumentException("body_template has a {{/if}} without its {{#if ...}}");
        }
        m.appendReplacement(out, Matcher.quoteReplacement("{{/" + open.pop() + "}}"));
      }
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final class JsonEscapingFactory extends DefaultMustacheFactory {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(jsonEscaped(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static String jsonEscaped(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}

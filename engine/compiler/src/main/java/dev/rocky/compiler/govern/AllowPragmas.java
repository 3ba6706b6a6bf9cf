package dev.rocky.compiler.govern;

import dev.rocky.compiler.govern.SqlTokens.Comment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- rocky-allow: NAME, NAME} pragmas of one model. A pragma at the end of a line of code
 * allows the named constructs on that line only; a pragma on a line of its own allows them in the
 * whole model (Rocky's form). Names are matched case-insensitively; unknown names are ignored.
 */
final class AllowPragmas {
  private static final Pattern PRAGMA = Pattern.compile("(?i)^\\s*rocky-allow\\s*:(.*)$");

  private final List<String> model = new ArrayList<>();
  private final Map<Integer, List<String>> lines = new HashMap<>();

  AllowPragmas(List<Comment> comments) {
    for (Comment c : comments) {
      Matcher m = PRAGMA.matcher(c.text());
      if (!m.matches()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String part : m.group(1).split(",")) {
        if (!part.isBlank()) {
          names.add(part.strip());
        }
      }
      if (c.afterCode()) {
        lines.computeIfAbsent(c.line(), k -> new ArrayList<>()).addAll(names);
      } else {
        model.addAll(names);
      }
    }
  }

  /** Whether {@code construct} is allowed on {@code line}. */
  boolean allows(Construct construct, int line) {
    return model.stream().anyMatch(construct::isNamedBy)
        || lines.getOrDefault(line, List.of()).stream().anyMatch(construct::isNamedBy);
  }
}

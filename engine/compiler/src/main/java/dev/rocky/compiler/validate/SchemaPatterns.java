package dev.rocky.compiler.validate;

import dev.rocky.core.config.ReplicationPipeline.SchemaPattern;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a replication {@code schema_pattern} can split schema names: a separator, at least one
 * component, each a plain name used once, and at most one multi-valued component (a trailing
 * {@code ...}), since two would make the split ambiguous.
 */
final class SchemaPatterns {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String MULTI = "...";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}:]*)(?::[^}]*)?}");

  private SchemaPatterns() {}

  /** What is wrong with the pattern, if anything. */
  static Optional<String> problem(@Nullable SchemaPattern pattern) {
    if (pattern == null) {
      return Optional.of("is missing");
    }
    if (pattern.separator().isEmpty()) {
      return Optional.of("has an empty separator");
    }
    List<String> components = pattern.components();
    if (components.isEmpty()) {
      return Optional.of("has no components");
    }
    Set<String> seen = new HashSet<>();
    int multi = 0;
    for (String component : components) {
      boolean many = component.endsWith(MULTI);
      String name = many ? component.substring(0, component.length() - MULTI.length()) : component;
      if (!NAME.matcher(name).matches()) {
        return Optional.of("component '" + component + "' is not a valid name");
      }
      if (!seen.add(name)) {
        return Optional.of("names component '" + name + "' twice");
      }
      multi += many ? 1 : 0;
    }
    if (multi > 1) {
      return Optional.of("has more than one multi-valued component");
    }
    return Optional.empty();
  }

  /**
   * What is wrong with a {@code catalog_template} or {@code schema_template} of a well-formed pattern:
   * a placeholder naming no component, or an unmatched brace.
   */
  static Optional<String> templateProblem(SchemaPattern pattern, String key, String template) {
    Set<String> names = new HashSet<>();
    pattern.components().forEach(c -> names.add(c.endsWith(MULTI) ? c.substring(0, c.length() - MULTI.length()) : c));
    java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (!names.contains(m.group(1))) {
        return Optional.of("target." + key + " '" + template + "' names '{" + m.group(1)
            + "}', which is not a component of source.schema_pattern");
      }
    }
    String rest = PLACEHOLDER.matcher(template).replaceAll("");
    return rest.contains("{") || rest.contains("}")
        ? Optional.of("target." + key + " '" + template + "' has an unmatched brace") : Optional.empty();
  }
}

package dev.rocky.planner.replication;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code catalog_template} or {@code schema_template}: text with {@code {component}} placeholders.
 * A multi-valued component's values are joined by the pattern's separator, or by {@code SEP} when
 * written {@code {component:SEP}}. Anything outside the braces is kept as written.
 */
public final class TargetTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}");

  private final String pipeline;
  private final String key;
  private final String template;

  private TargetTemplate(String pipeline, String key, String template) {
    this.pipeline = pipeline;
    this.key = key;
    this.template = template;
  }

  /**
   * A template checked against the pattern's components.
   *
   * @param key the TOML key, for messages ({@code catalog_template} or {@code schema_template})
   */
  public static TargetTemplate of(String pipeline, String key, String template, List<String> components) {
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (!components.contains(m.group(1))) {
        throw new ReplicationException(ReplicationErrorCode.REPLICATION_INVALID_TEMPLATE,
            "pipeline '" + pipeline + "': target." + key + " '" + template + "' names '{" + m.group(1)
                + "}', which is not a component of source.schema_pattern",
            "use one of " + components.stream().map(c -> "{" + c + "}").toList());
      }
    }
    String rest = PLACEHOLDER.matcher(template).replaceAll("");
    if (rest.contains("{") || rest.contains("}")) {
      throw new ReplicationException(ReplicationErrorCode.REPLICATION_INVALID_TEMPLATE,
          "pipeline '" + pipeline + "': target." + key + " '" + template + "' has an unmatched brace",
          "write placeholders as {component} or {component:separator}");
    }
    return new TargetTemplate(pipeline, key, template);
  }

  /** The template with the components' values; empty when the template is empty. */
  public String render(SchemaComponents components, String separator) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String join = m.group(2) == null ? separator : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(String.join(join, components.values().get(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Override
  public String toString() {
    return pipeline + " " + key + " = " + template;
  }
}

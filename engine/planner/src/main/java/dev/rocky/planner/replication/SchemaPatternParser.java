package dev.rocky.planner.replication;

import dev.rocky.core.config.ReplicationPipeline.SchemaPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits source schema names by a {@code schema_pattern}: the prefix, then parts joined by the
 * separator, one per component, except that a multi-valued component ({@code name...}) takes every
 * part the others leave. With prefix {@code src__}, separator {@code __} and components
 * {@code [tenant, regions..., source]}, {@code src__acme__us__eu__shopify} gives tenant {@code acme},
 * regions {@code [us, eu]}, source {@code shopify}.
 */
public final class SchemaPatternParser {
  private static final String MULTI = "...";

  private final SchemaPattern pattern;
  private final List<String> names;
  private final int multiIndex;

  private SchemaPatternParser(SchemaPattern pattern, List<String> names, int multiIndex) {
    this.pattern = pattern;
    this.names = names;
    this.multiIndex = multiIndex;
  }

  /** A parser for {@code pattern}; a malformed pattern (as {@code rocky validate} reports V021) is an error. */
  public static SchemaPatternParser of(String pipeline, SchemaPattern pattern) {
    if (pattern == null || pattern.separator().isEmpty() || pattern.components().isEmpty()) {
      throw invalid(pipeline, "needs a prefix, a non-empty separator and at least one component");
    }
    List<String> names = new ArrayList<>();
    int multi = -1;
    for (int i = 0; i < pattern.components().size(); i++) {
      String c = pattern.components().get(i);
      boolean many = c.endsWith(MULTI);
      String name = many ? c.substring(0, c.length() - MULTI.length()) : c;
      if (name.isEmpty() || names.contains(name) || (many && multi >= 0)) {
        throw invalid(pipeline, "component '" + c + "' is empty, repeated, or a second multi-valued one");
      }
      multi = many ? i : multi;
      names.add(name);
    }
    return new SchemaPatternParser(pattern, List.copyOf(names), multi);
  }

  public String prefix() {
    return pattern.prefix();
  }

  public String separator() {
    return pattern.separator();
  }

  /** The component names, without {@code ...}. */
  public List<String> components() {
    return names;
  }

  /** The components of {@code schema}, or empty when the name does not fit the pattern. */
  public Optional<SchemaComponents> parse(String schema) {
    if (!schema.startsWith(pattern.prefix())) {
      return Optional.empty();
    }
    String rest = schema.substring(pattern.prefix().length());
    List<String> parts = Arrays.asList(rest.split(Pattern.quote(pattern.separator()), -1));
    if (parts.stream().anyMatch(String::isEmpty)) {
      return Optional.empty();
    }
    int fixed = names.size() - (multiIndex >= 0 ? 1 : 0);
    if (multiIndex < 0 ? parts.size() != names.size() : parts.size() <= fixed) {
      return Optional.empty();
    }
    int multiCount = parts.size() - fixed;
    Map<String, List<String>> values = new LinkedHashMap<>();
    int at = 0;
    for (int i = 0; i < names.size(); i++) {
      int take = i == multiIndex ? multiCount : 1;
      values.put(names.get(i), parts.subList(at, at + take));
      at += take;
    }
    return Optional.of(new SchemaComponents(values));
  }

  private static ReplicationException invalid(String pipeline, String problem) {
    return new ReplicationException(ReplicationErrorCode.REPLICATION_INVALID_SCHEMA_PATTERN,
        "pipeline '" + pipeline + "': source.schema_pattern " + problem,
        "set [pipeline." + pipeline + ".source.schema_pattern] prefix, separator and components; 'rocky validate' checks it");
  }
}

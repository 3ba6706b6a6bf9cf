package dev.rocky.core.project;

import dev.rocky.core.config.GovernanceConfig;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A model's resolved configuration: its sidecar merged over {@code _defaults.toml} (sidecar
 * wins). Every key of Rocky's sidecar format has a home here; keys not yet acted on are kept as
 * plain values so that strict key checking still applies to them. {@code declaredKeys} lists the
 * dotted keys the sidecar itself writes with a literal value (not from a {@code ${VAR}}), e.g.
 * {@code name} or {@code target.table}, so lints can tell a redundant key from a default.
 * {@code grants} are the sidecar's {@code [governance] grants}: privileges on the model's table.
 */
public record ModelConfig(
    List<String> dependsOn,
    @Nullable String adapter,
    @Nullable String intent,
    Strategy strategy,
    TargetRef target,
    @Nullable Freshness freshness,
    Map<String, String> classification,
    Map<String, String> tags,
    Map<String, String> columnDescriptions,
    List<Map<String, Object>> tests,
    List<Map<String, Object>> unitTests,
    Map<String, Object> budget,
    @Nullable String group,
    Map<String, String> args,
    List<TargetRef> sources,
    @Nullable String format,
    Map<String, Object> formatOptions,
    List<Map<String, Object>> useTests,
    Map<String, String> governanceTags,
    @Nullable String retention,
    @Nullable Skip skip,
    List<SurrogateKey> surrogateKeys,
    Set<String> declaredKeys,
    List<GovernanceConfig.Grant> grants) {

  public ModelConfig {
    dependsOn = List.copyOf(dependsOn);
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(target, "target");
    classification = inFileOrder(classification);
    tags = inFileOrder(tags);
    columnDescriptions = inFileOrder(columnDescriptions);
    tests = List.copyOf(tests);
    unitTests = List.copyOf(unitTests);
    budget = inFileOrder(budget);
    args = inFileOrder(args);
    sources = List.copyOf(sources);
    formatOptions = inFileOrder(formatOptions);
    useTests = List.copyOf(useTests);
    governanceTags = inFileOrder(governanceTags);
    surrogateKeys = List.copyOf(surrogateKeys);
    declaredKeys = Set.copyOf(declaredKeys);
    grants = List.copyOf(grants);
  }

  /** Every component but {@code grants} (the sidecar's {@code [governance] grants}), which is empty. */
  public ModelConfig(List<String> dependsOn, @Nullable String adapter, @Nullable String intent, Strategy strategy,
      TargetRef target, @Nullable Freshness freshness, Map<String, String> classification, Map<String, String> tags,
      Map<String, String> columnDescriptions, List<Map<String, Object>> tests, List<Map<String, Object>> unitTests,
      Map<String, Object> budget, @Nullable String group, Map<String, String> args, List<TargetRef> sources,
      @Nullable String format, Map<String, Object> formatOptions, List<Map<String, Object>> useTests,
      Map<String, String> governanceTags, @Nullable String retention, @Nullable Skip skip,
      List<SurrogateKey> surrogateKeys, Set<String> declaredKeys) {
    this(dependsOn, adapter, intent, strategy, target, freshness, classification, tags, columnDescriptions, tests,
        unitTests, budget, group, args, sources, format, formatOptions, useTests, governanceTags, retention, skip,
        surrogateKeys, declaredKeys, List.of());
  }

  /** The original twelve components; the later ones empty. */
  public ModelConfig(
      List<String> dependsOn,
      @Nullable String adapter,
      @Nullable String intent,
      Strategy strategy,
      TargetRef target,
      @Nullable Freshness freshness,
      Map<String, String> classification,
      Map<String, String> tags,
      Map<String, String> columnDescriptions,
      List<Map<String, Object>> tests,
      List<Map<String, Object>> unitTests,
      Map<String, Object> budget) {
    this(dependsOn, adapter, intent, strategy, target, freshness, classification, tags, columnDescriptions, tests,
        unitTests, budget, null, Map.of(), List.of(), null, Map.of(), List.of(), Map.of(), null, null, List.of(),
        Set.of(), List.of());
  }

  /**
   * An unmodifiable copy that keeps the order of the keys as given (the file's): what the CLI prints
   * follows it, and {@code Map.copyOf}'s order changes from one JVM to the next.
   */
  private static <V> Map<String, V> inFileOrder(Map<String, V> values) {
    if (values.isEmpty()) {
      return Map.of();
    }
    values.forEach((k, v) -> {
      Objects.requireNonNull(k, "key");
      Objects.requireNonNull(v, () -> "value of " + k);
    });
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
  }

  /** The configuration of a model with no sidecar and no defaults. */
  public static ModelConfig defaults(String name) {
    return new ModelConfig(List.of(), null, null, new Strategy.FullRefresh(), new TargetRef(null, null, name),
        null, Map.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of());
  }

  /** Overrides for {@code --skip-unchanged}: whether the model may be skipped and is deterministic. */
  public record Skip(@Nullable Boolean eligible, @Nullable Boolean deterministic) {}

  /** A dbt-utils-compatible md5 key column {@code name} over {@code columns}. */
  public record SurrogateKey(String name, List<String> columns) {
    public SurrogateKey {
      Objects.requireNonNull(name, "name");
      columns = List.copyOf(columns);
    }
  }
}

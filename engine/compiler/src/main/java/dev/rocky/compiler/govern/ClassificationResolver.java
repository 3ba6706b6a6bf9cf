package dev.rocky.compiler.govern;

import dev.rocky.compiler.govern.ColumnClassification.Origin;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.config.MaskConfig;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Works out every model column's classification. A sidecar's {@code [classification]} declares a tag
 * for a column; a column with no declaration inherits the tag of a classified column it passes
 * through unchanged (an edge of lineage that is {@code direct}, a cast, or an aggregate returning one
 * of its inputs: MIN, MAX, ANY_VALUE, FIRST, LAST...), transitively. A sidecar stops inheritance by
 * declaring the column {@value #UNCLASSIFIED}, or replaces the tag by declaring another. When a column
 * inherits several tags (a UNION), the one masked most strictly in {@code [mask]} wins, a tag with no
 * strategy first of all so that W004 reports it.
 */
public final class ClassificationResolver {
  /** The tag that declares a column not classified, stopping inheritance. */
  public static final String UNCLASSIFIED = "unclassified";

  private static final Set<String> PASS_THROUGH_AGGREGATES = Set.of("min", "max", "any_value", "arbitrary", "first",
      "last", "first_value", "last_value", "nth_value", "mode");

  private final Map<String, Model> models = new HashMap<>();
  private final LineageGraph lineage;
  private final RockyConfig config;
  private final Map<String, Optional<ColumnClassification>> memo = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  private ClassificationResolver(Project project, LineageGraph lineage) {
    project.models().forEach(m -> models.putIfAbsent(lower(m.name()), m));
    this.lineage = lineage;
    this.config = project.config();
  }

  /** The classified columns of every model of {@code project}. */
  public static ProjectClassifications resolve(Project project, LineageGraph lineage) {
    if (project.models().stream().allMatch(m -> m.config().classification().isEmpty())) {
      return ProjectClassifications.none();
    }
    ClassificationResolver resolver = new ClassificationResolver(project, lineage);
    List<ColumnClassification> out = new ArrayList<>();
    for (Model m : project.models()) {
      for (String column : columns(m, lineage.schema(m.name()))) {
        resolver.classify(m, column).ifPresent(out::add);
      }
    }
    return new ProjectClassifications(out);
  }

  /** The model's output columns in order, then the declared columns the schema does not list, sorted. */
  private static List<String> columns(Model m, Optional<ModelSchema> schema) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    schema.ifPresent(s -> s.columns().stream().map(TypedColumn::name).forEach(c -> {
      if (seen.add(lower(c))) {
        out.add(c);
      }
    }));
    new TreeMap<>(m.config().classification()).keySet().forEach(c -> {
      if (seen.add(lower(c))) {
        out.add(c);
      }
    });
    return out;
  }

  private Optional<ColumnClassification> classify(Model model, String column) {
    String key = lower(model.name()) + "." + lower(column);
    Optional<ColumnClassification> known = memo.get(key);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(key)) {
      return Optional.empty(); // a lineage cycle: nothing to inherit along it
    }
    Optional<ColumnClassification> result = declared(model, column).map(tag -> tag.equalsIgnoreCase(UNCLASSIFIED)
        ? Optional.<ColumnClassification>empty()
        : Optional.of(new ColumnClassification(model.name(), column, tag, new Origin.Declared())))
        .orElseGet(() -> inherited(model, column));
    inProgress.remove(key);
    memo.put(key, result);
    return result;
  }

  private static Optional<String> declared(Model model, String column) {
    return model.config().classification().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(column))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private Optional<ColumnClassification> inherited(Model model, String column) {
    List<ColumnClassification> candidates = new ArrayList<>();
    for (LineageEdge edge : lineage.edgesInto(new ColumnRef(model.name(), column))) {
      Model upstream = models.get(lower(edge.source().model()));
      if (upstream == null || !passesThrough(edge.transform())) {
        continue;
      }
      classify(upstream, edge.source().column()).ifPresent(c -> {
        ColumnRef root = c.origin() instanceof Origin.Inherited i ? i.declaredAt() : c.ref();
        candidates.add(new ColumnClassification(model.name(), column, c.tag(), new Origin.Inherited(c.ref(), root)));
      });
    }
    return candidates.stream().max(Comparator.comparingInt((ColumnClassification c) -> strictness(c.tag()))
        .thenComparing(ColumnClassification::tag, Comparator.reverseOrder())
        .thenComparing(c -> ((Origin.Inherited) c.origin()).from().toString(), Comparator.reverseOrder()));
  }

  private static boolean passesThrough(Transform transform) {
    return switch (transform) {
      case Transform.Direct d -> true;
      case Transform.Cast c -> true;
      case Transform.Aggregation a -> PASS_THROUGH_AGGREGATES.contains(a.function());
      case Transform.Expression e -> false;
      case Transform.Indirect i -> false;
    };
  }

  /** How strictly a tag is masked in {@code [mask]}: no strategy (and not allowed unmasked) counts highest. */
  private int strictness(String tag) {
    Optional<MaskConfig.Strategy> strategy = config.mask().strategyFor(tag, null);
    if (strategy.isEmpty()) {
      return config.classifications().allowsUnmasked(tag) ? 0 : 5;
    }
    return switch (strategy.get()) {
      case REDACT -> 4;
      case HASH -> 3;
      case PARTIAL -> 2;
      case NONE -> 1;
    };
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

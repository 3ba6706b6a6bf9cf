package dev.rocky.app.cost;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky cost --by}: a run's model costs grouped by model, by tag or by layer, the most
 * expensive group first (groups of unknown cost last, then by name). A model with several tags
 * counts in each of its tags' groups, so tag groups may add up to more than the run.
 */
public final class CostRollup {
  private CostRollup() {}

  /** What to group by; lower-case on the command line and the wire. */
  public enum By {
    MODEL,
    TAG,
    LAYER;

    @JsonValue
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The group of models that have no tag. */
  public static final String UNTAGGED = "(untagged)";
  /** The layer of a model directly in the models directory. */
  public static final String ROOT_LAYER = "(root)";
  /** Tag or layer of a model the current project no longer has. */
  public static final String UNKNOWN = "(unknown)";

  /** @param project the project as it is now, for tags and layers; null when it cannot be loaded */
  public static List<CostGroup> group(List<ModelCost> costs, By by, @Nullable Project project) {
    Map<String, List<ModelCost>> groups = new LinkedHashMap<>();
    for (ModelCost c : costs) {
      for (String key : keys(c.model(), by, project)) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    List<CostGroup> out = new ArrayList<>();
    groups.forEach((key, members) -> {
      Double cost = null;
      Long scanned = null;
      Long written = null;
      long duration = 0;
      for (ModelCost m : members) {
        cost = Sums.plus(cost, m.costUsd());
        scanned = Sums.plus(scanned, m.bytesScanned());
        written = Sums.plus(written, m.bytesWritten());
        duration += m.durationMs();
      }
      out.add(new CostGroup(key, members.stream().map(ModelCost::model).toList(), duration, cost, scanned, written));
    });
    out.sort(Comparator.comparing((CostGroup g) -> g.costUsd() == null)
        .thenComparing(g -> g.costUsd() == null ? 0.0 : -g.costUsd())
        .thenComparing(g -> -g.durationMs())
        .thenComparing(CostGroup::key));
    return out;
  }

  static List<String> keys(String model, By by, @Nullable Project project) {
    return switch (by) {
      case MODEL -> List.of(model);
      case TAG -> tags(model, project);
      case LAYER -> List.of(layer(model, project));
    };
  }

  private static List<String> tags(String name, @Nullable Project project) {
    Optional<Model> model = project == null ? Optional.empty() : project.model(name);
    if (model.isEmpty()) {
      return List.of(UNKNOWN);
    }
    List<String> out = new ArrayList<>();
    model.get().config().tags().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(t -> out.add(t.getKey() + "=" + t.getValue()));
    return out.isEmpty() ? List.of(UNTAGGED) : out;
  }

  /**
   * A model's layer: its {@code layer} tag when it has one, else the first directory below the
   * models directory its SQL file is in ({@code models/staging/stg_orders.sql} is {@code staging}).
   */
  static String layer(String name, @Nullable Project project) {
    Optional<Model> model = project == null ? Optional.empty() : project.model(name);
    if (model.isEmpty()) {
      return UNKNOWN;
    }
    String tagged = model.get().config().tags().get("layer");
    if (tagged != null && !tagged.isBlank()) {
      return tagged;
    }
    String[] parts = model.get().sqlFile().split("/");
    return parts.length >= 3 ? parts[1] : ROOT_LAYER;
  }
}

package dev.rocky.app.replay;

import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.bind.UpstreamRef;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.RunPlan;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import dev.rocky.planner.target.TargetResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link Recipe} of every step of a plan from the compile that produced it. An upstream
 * model is read at the table the step's SQL binds it to: its table in this run's schema when the run
 * builds it (the branch schema on a branch), its production table otherwise, as the planner binds it.
 */
public final class Recipes {
  private final Map<String, ModelAnalysis> analyses;
  private final Map<String, Model> models;
  private final TargetResolver targets;
  private final SqlDialect dialect;

  /**
   * @param analyses the compile's analyses, by model name
   * @param models the project's models (as run: variables substituted), by name
   */
  public Recipes(Map<String, ModelAnalysis> analyses, Map<String, Model> models, TargetResolver targets,
      SqlDialect dialect) {
    this.analyses = Map.copyOf(analyses);
    this.models = Map.copyOf(models);
    this.targets = targets;
    this.dialect = dialect;
  }

  /** The recipe of every step, by model name, in plan order. */
  public Map<String, Recipe> of(RunPlan plan) {
    Set<String> built = plan.steps().stream().map(ModelStep::model).collect(Collectors.toSet());
    Map<String, Recipe> out = new LinkedHashMap<>();
    for (ModelStep step : plan.steps()) {
      out.put(step.model(), recipe(step, built));
    }
    return out;
  }

  private Recipe recipe(ModelStep step, Set<String> built) {
    Model model = models.get(step.model());
    String sqlFile = model == null ? "models/" + step.model() + ".sql" : model.sqlFile();
    List<Recipe.Lineage> lineage = new ArrayList<>();
    Map<String, Recipe.Input> inputs = new LinkedHashMap<>();
    List<String> analysed = new ArrayList<>(List.of(step.model()));
    analysed.addAll(step.inlined());
    for (String name : analysed) {
      ModelAnalysis a = analyses.get(name);
      if (a == null) {
        continue;
      }
      lineage.add(Recipe.Lineage.of(a));
      for (UpstreamRef up : a.upstreams()) {
        Recipe.Input input = input(up, built);
        if (input != null) {
          inputs.putIfAbsent(input.table().qualifiedName().toLowerCase(Locale.ROOT), input);
        }
      }
    }
    return new Recipe(step.model(), sqlFile, step, List.copyOf(inputs.values()), lineage,
        Nondeterminism.of(step.sql()));
  }

  /** Where the step reads {@code up}; null for an ephemeral model (inlined) or a name no table can have. */
  private Recipe.@Nullable Input input(UpstreamRef up, Set<String> built) {
    if (up.kind() == UpstreamRef.Kind.MODEL) {
      Model m = models.get(up.name());
      if (m == null || m.strategy() instanceof Strategy.Ephemeral) {
        return null;
      }
      TableName table = built.contains(m.name()) ? targets.resolve(m.target()) : targets.production(m.target());
      return new Recipe.Input(table, m.name());
    }
    String[] parts = up.name().split("\\.");
    try {
      TableName table = switch (parts.length) {
        case 1 -> new TableName(null, dialect.defaultSchema(), parts[0]);
        case 2 -> new TableName(null, parts[0], parts[1]);
        case 3 -> new TableName(parts[0], parts[1], parts[2]);
        default -> null;
      };
      return table == null ? null : new Recipe.Input(table, null);
    } catch (IllegalArgumentException | RockyException e) {
      return null; // not a name a table can have: the model will fail on it anyway
    }
  }
}

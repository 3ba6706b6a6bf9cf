package dev.rocky.cli.run;

import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.compiler.dag.Dag;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.project.Model;
import dev.rocky.planner.ModelGraph;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph a run builds in. With one pipeline it is the compiler's DAG. With several, a pipeline's
 * models also wait for every model of the pipelines in its {@code depends_on} (and are skipped when
 * one of those fails): the layers are recomputed with those extra edges. The planner gets the new
 * layers with the real upstream edges (it binds model names by them); the coordinator gets both
 * kinds of edges, to contain failures along them.
 *
 * @param members the models of the run's pipelines: every model when the project has one transformation
 *     pipeline, else those whose SQL file matches the {@code models} glob of a pipeline of the run
 */
public record RunGraph(ModelGraph planning, ModelGraph containment, Set<String> members) {

  public RunGraph {
    members = Set.copyOf(members);
  }

  public static RunGraph of(Dag dag, List<Model> models, RunTargets targets) {
    ModelGraph real = new ModelGraph(dag.layers(), dag.upstream());
    Set<String> layered = new LinkedHashSet<>();
    dag.layers().forEach(layered::addAll);
    if (targets.sole()) {
      return new RunGraph(real, real, layered);
    }
    Map<String, Set<String>> byPipeline = new LinkedHashMap<>();
    targets.pipelines().forEach((name, p) -> byPipeline.put(name, matching(p, models, layered)));
    if (targets.pipelines().size() == 1) {
      return new RunGraph(real, real, byPipeline.values().iterator().next());
    }
    Map<String, List<String>> upstream = new HashMap<>();
    for (String m : layered) {
      upstream.put(m, new ArrayList<>(real.upstreamOf(m)));
    }
    targets.pipelines().forEach((name, p) -> {
      for (String dep : p.dependsOn()) {
        Set<String> before = byPipeline.get(dep);
        if (before == null) {
          continue;
        }
        for (String m : byPipeline.get(name)) {
          for (String b : before) {
            if (!byPipeline.get(name).contains(b) && !upstream.get(m).contains(b)) {
              upstream.get(m).add(b);
            }
          }
        }
      }
    });
    List<List<String>> layers = layers(layered, upstream);
    Set<String> members = new LinkedHashSet<>();
    byPipeline.values().forEach(members::addAll);
    return new RunGraph(new ModelGraph(layers, real.upstream()), new ModelGraph(layers, upstream), members);
  }

  private static Set<String> matching(TransformationPipeline p, List<Model> models, Set<String> layered) {
    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + p.models());
    Set<String> out = new LinkedHashSet<>();
    for (Model m : models) {
      if (layered.contains(m.name()) && glob.matches(Path.of(m.sqlFile()))) {
        out.add(m.name());
      }
    }
    return out;
  }

  /** Each model one layer below its deepest upstream, in the DAG's order within a layer. */
  private static List<List<String>> layers(Set<String> models, Map<String, List<String>> upstream) {
    Map<String, Integer> depth = new HashMap<>();
    List<List<String>> layers = new ArrayList<>();
    for (String m : models) {
      int d = depth(m, upstream, depth, new HashSet<>());
      while (layers.size() <= d) {
        layers.add(new ArrayList<>());
      }
      layers.get(d).add(m);
    }
    return layers;
  }

  private static int depth(String model, Map<String, List<String>> upstream, Map<String, Integer> memo,
      Set<String> visiting) {
    Integer known = memo.get(model);
    if (known != null) {
      return known;
    }
    if (!visiting.add(model)) {
      throw new CliException(CliErrorCode.CONFIG, "model '" + model
          + "' is read by a pipeline that runs before its own (see the pipelines' depends_on)",
          "move the model to the earlier pipeline, or change depends_on");
    }
    int d = 0;
    for (String up : upstream.getOrDefault(model, List.of())) {
      if (upstream.containsKey(up)) {
        d = Math.max(d, depth(up, upstream, memo, visiting) + 1);
      }
    }
    visiting.remove(model);
    memo.put(model, d);
    return d;
  }
}

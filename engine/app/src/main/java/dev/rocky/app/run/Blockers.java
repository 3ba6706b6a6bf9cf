package dev.rocky.app.run;

import dev.rocky.planner.ModelGraph;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Failure containment: which models must not run because something upstream failed. A model is
 * blocked by a failed or skipped upstream model of this run, reached directly or through models
 * the run does not build (ephemeral ones, inlined into it, or ones left out of the selection).
 * Public so that the Step Functions wiring (the run function) contains failures by the very same rule.
 */
public final class Blockers {
  private final ModelGraph graph;
  private final Set<String> planned;
  /** Failed and skipped models, each with the failed model at the root of its trouble. */
  private final Map<String, String> rootFailure = new HashMap<>();

  /** Why a model is blocked: {@code failed} failed, reached through the direct upstream {@code via}. */
  public record Blocker(String failed, String via) {
    public String reason() {
      return failed.equals(via) ? "upstream '" + failed + "' failed"
          : "upstream '" + failed + "' failed (through '" + via + "')";
    }
  }

  public Blockers(ModelGraph graph, Set<String> planned) {
    this.graph = graph;
    this.planned = Set.copyOf(planned);
  }

  public void failed(String model) {
    rootFailure.put(model, model);
  }

  public void skipped(String model, Blocker blocker) {
    rootFailure.put(model, blocker.failed());
  }

  public Optional<Blocker> blockerOf(String model) {
    Set<String> seen = new HashSet<>();
    for (String direct : graph.upstreamOf(model)) {
      Deque<String> todo = new ArrayDeque<>();
      todo.push(direct);
      while (!todo.isEmpty()) {
        String up = todo.pop();
        if (!seen.add(up)) {
          continue;
        }
        String root = rootFailure.get(up);
        if (root != null) {
          return Optional.of(new Blocker(root, direct));
        }
        if (!planned.contains(up)) {
          graph.upstreamOf(up).forEach(todo::push);
        }
      }
    }
    return Optional.empty();
  }
}

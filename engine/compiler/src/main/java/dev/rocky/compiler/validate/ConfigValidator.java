package dev.rocky.compiler.validate;

import dev.rocky.compiler.load.LoadResult;
import dev.rocky.core.config.PipelineConfig;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.project.Project;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The configuration half of {@code rocky validate}: from a loaded project, the V and L findings
 * that need no warehouse. Adapters (V010-V017, V033), pipelines (V020-V024, V026-V028, V032,
 * V035), pipeline {@code depends_on} (V029, and V030 for a cycle), schedules (V036) and style
 * lints (L001, L002, L004). The load's own diagnostics are not repeated; when the project could
 * not be loaded there is nothing to validate and the result is empty. Findings about
 * {@code rocky.toml} point at the file and name the key in the message. The model DAG check
 * (V031) is not done here.
 */
public final class ConfigValidator {

  public List<Diagnostic> validate(LoadResult result) {
    Project project = result.project();
    if (project == null) {
      return List.of();
    }
    Findings out = new Findings(project.configFile());
    RockyConfig config = project.config();
    AdapterChecks.check(config.adapters(), out);
    PipelineChecks.check(config, out);
    dependencies(config.pipelines(), out);
    ScheduleChecks.check(config, out);
    StyleLints.check(project, out);
    return out.all();
  }

  private static void dependencies(Map<String, PipelineConfig> pipelines, Findings out) {
    pipelines.forEach((name, pipeline) -> {
      for (String dependency : pipeline.dependsOn()) {
        if (!pipelines.containsKey(dependency)) {
          out.add(DiagnosticCode.V029, ValidateMessages.unknownDependency(name, dependency),
              ValidateMessages.pick(AdapterChecks.closest(dependency, List.copyOf(pipelines.keySet())),
                  pipelines.keySet(), "pipelines"));
        }
      }
    });
    // Peel off pipelines with no remaining upstream, then those with no remaining downstream:
    // what is left lies on a cycle.
    Set<String> remaining = new LinkedHashSet<>(pipelines.keySet());
    peel(remaining, name -> pipelines.get(name).dependsOn().stream().noneMatch(remaining::contains));
    peel(remaining, name -> remaining.stream().noneMatch(o -> pipelines.get(o).dependsOn().contains(name)));
    if (!remaining.isEmpty()) {
      out.add(DiagnosticCode.V030, ValidateMessages.pipelineCycle(new ArrayList<>(remaining)), ValidateMessages.BREAK_CYCLE);
    }
  }

  private static void peel(Set<String> set, Predicate<String> removable) {
    boolean changed;
    do {
      changed = set.removeIf(removable);
    } while (changed);
  }
}

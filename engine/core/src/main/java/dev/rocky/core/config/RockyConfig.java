package dev.rocky.core.config;

import dev.rocky.core.config.CostSections.Budget;
import dev.rocky.core.config.CostSections.Cost;
import dev.rocky.core.config.CostSections.Portability;
import dev.rocky.core.config.GovernanceSections.Branch;
import dev.rocky.core.config.GovernanceSections.Classifications;
import dev.rocky.core.config.GovernanceSections.Freshness;
import dev.rocky.core.config.GovernanceSections.Import;
import dev.rocky.core.config.GovernanceSections.Policy;
import dev.rocky.core.config.GovernanceSections.Role;
import dev.rocky.core.config.RuntimeSections.Ai;
import dev.rocky.core.config.RuntimeSections.Cache;
import dev.rocky.core.config.RuntimeSections.Gc;
import dev.rocky.core.config.RuntimeSections.Replay;
import dev.rocky.core.config.RuntimeSections.Resilience;
import dev.rocky.core.config.RuntimeSections.RetryBudget;
import dev.rocky.core.config.RuntimeSections.Reuse;
import dev.rocky.core.config.RuntimeSections.Run;
import dev.rocky.core.config.RuntimeSections.Schedule;
import dev.rocky.core.config.RuntimeSections.SchemaEvolution;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole of {@code rocky.toml}, with shorthands resolved (an unnamed {@code [adapter]} is
 * {@code "default"}, so is an unnamed {@code [pipeline]}) and Rocky's defaults applied. Adapters,
 * pipelines, roles and imports keep file order. {@code declaredKeys} holds the dotted path of
 * every key the file actually writes (after shorthand resolution, e.g. {@code state.backend},
 * {@code adapter.default.path}), so lints can tell a written default from an absent key.
 */
public record RockyConfig(
    StateConfig state,
    Map<String, AdapterConfig> adapters,
    Map<String, PipelineConfig> pipelines,
    HooksConfig hooks,
    Cost cost,
    Budget budget,
    SchemaEvolution schemaEvolution,
    RetryBudget retry,
    Portability portability,
    Cache cache,
    MaskConfig mask,
    Classifications classifications,
    Map<String, Role> roles,
    Ai ai,
    Branch branch,
    Freshness freshness,
    Schedule schedule,
    Map<String, Import> imports,
    Run run,
    Reuse reuse,
    Resilience resilience,
    Gc gc,
    Policy policy,
    Replay replay,
    Map<String, Object> fulfill,
    Set<String> declaredKeys) {

  /** The adapter name pipelines use when they name none, and the name of an unnamed {@code [adapter]}. */
  public static final String DEFAULT_ADAPTER = "default";

  /** Top-level keys of {@code rocky.toml}, as Rocky spells them (aliases are listed separately). */
  public static final List<String> SECTIONS = List.of(
      "state", "adapter", "pipeline", "hook", "cost", "budget", "schema_evolution", "retry", "portability", "cache",
      "mask", "classifications", "role", "ai", "branch", "freshness", "schedule", "imports", "run", "reuse", "gc",
      "policy", "fulfill", "resilience", "replay");

  /** Accepted plural spellings and the section each stands for. */
  public static final Map<String, String> SECTION_ALIASES =
      Map.of("adapters", "adapter", "pipelines", "pipeline", "hooks", "hook", "roles", "role");

  public RockyConfig {
    adapters = Values.map(adapters);
    pipelines = Values.map(pipelines);
    roles = Values.map(roles);
    imports = Values.map(imports);
    fulfill = Values.map(fulfill);
    declaredKeys = Set.copyOf(declaredKeys);
  }

  /** Only adapters and pipelines; every other section at its defaults. */
  public RockyConfig(Map<String, AdapterConfig> adapters, Map<String, PipelineConfig> pipelines) {
    this(StateConfig.defaults(), adapters, pipelines, HooksConfig.defaults(), Cost.defaults(), Budget.defaults(),
        SchemaEvolution.defaults(), RetryBudget.defaults(), Portability.defaults(), Cache.defaults(),
        MaskConfig.defaults(), Classifications.defaults(), Map.of(), Ai.defaults(), Branch.defaults(),
        Freshness.defaults(), Schedule.defaults(), Map.of(), Run.defaults(), Reuse.defaults(),
        Resilience.defaults(), Gc.defaults(), Policy.defaults(), Replay.defaults(), Map.of(), Set.of());
  }

  public static RockyConfig empty() {
    return new RockyConfig(Map.of(), Map.of());
  }

  /** Whether {@code rocky.toml} writes the key at this dotted path, e.g. {@code state.backend}. */
  public boolean declares(String dottedPath) {
    return declaredKeys.contains(dottedPath);
  }
}

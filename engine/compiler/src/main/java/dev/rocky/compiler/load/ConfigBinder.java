package dev.rocky.compiler.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.compiler.internal.Suggestions;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.CostSections;
import dev.rocky.core.config.GovernanceSections;
import dev.rocky.core.config.LoadPipeline;
import dev.rocky.core.config.PipelineConfig;
import dev.rocky.core.config.QualityPipeline;
import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.RuntimeSections;
import dev.rocky.core.config.SnapshotPipeline;
import dev.rocky.core.config.StateConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link RockyConfig} from a parsed {@code rocky.toml}: checks the top-level sections,
 * resolves aliases ({@code adapters}, {@code pipelines}, {@code hooks}, {@code roles}) and
 * shorthands (an unnamed {@code [adapter]} or {@code [pipeline]} is {@code "default"}), picks the
 * pipeline variant from {@code type} and binds every section on its own, so a bad section is
 * reported and left at its defaults while the rest still loads.
 */
final class ConfigBinder {
  private static final DiagnosticCode CODE = DiagnosticCode.V001;

  private final Binder binder;
  private final Findings findings;

  ConfigBinder(Binder binder, Findings findings) {
    this.binder = binder;
    this.findings = findings;
  }

  /** A table as found in the text: its path there, and its canonical name. */
  record Located(List<Object> textPath, String name, JsonNode node) {}

  RockyConfig bind(TomlDocument doc) {
    Map<String, List<Located>> sections = new LinkedHashMap<>();
    doc.root().properties().forEach(field -> {
      String key = field.getKey();
      String canonical = RockyConfig.SECTION_ALIASES.getOrDefault(key, key);
      if (!RockyConfig.SECTIONS.contains(canonical)) {
        List<String> valid = new ArrayList<>(RockyConfig.SECTIONS);
        findings.report(CODE, doc.span(List.of(key)), LoadMessages.unknownSection(key),
            Suggestions.suggestion(key, valid, "sections"));
        return;
      }
      sections.computeIfAbsent(canonical, k -> new ArrayList<>()).add(new Located(List.of(key), canonical, field.getValue()));
    });
    Set<String> declared = new HashSet<>();
    List<Located> adapterTables = named(doc, sections.get("adapter"));
    List<Located> pipelineTables = named(doc, sections.get("pipeline"));
    Map<String, AdapterConfig> adapters = new LinkedHashMap<>();
    for (Located a : adapterTables) {
      declare(declared, "adapter." + a.name(), a.node());
      binder.bind(a.node(), AdapterConfig.class, site(doc, a.textPath())).ifPresent(v -> adapters.put(a.name(), v));
    }
    Map<String, PipelineConfig> pipelines = new LinkedHashMap<>();
    for (Located p : pipelineTables) {
      declare(declared, "pipeline." + p.name(), p.node());
      pipeline(doc, p).ifPresent(v -> pipelines.put(p.name(), v));
    }
    sections.forEach((name, tables) -> {
      if (!name.equals("adapter") && !name.equals("pipeline")) {
        tables.forEach(t -> declare(declared, name, t.node()));
      }
    });
    SpecialSections special = new SpecialSections(binder, findings, doc);
    var roles = special.roles(tablesOf(sections, "role"));
    var config = new RockyConfig(
        section(doc, sections, "state", StateConfig.class, StateConfig.defaults()),
        adapters,
        pipelines,
        special.hooks(tablesOf(sections, "hook")),
        section(doc, sections, "cost", CostSections.Cost.class, CostSections.Cost.defaults()),
        section(doc, sections, "budget", CostSections.Budget.class, CostSections.Budget.defaults()),
        section(doc, sections, "schema_evolution", RuntimeSections.SchemaEvolution.class, RuntimeSections.SchemaEvolution.defaults()),
        section(doc, sections, "retry", RuntimeSections.RetryBudget.class, RuntimeSections.RetryBudget.defaults()),
        section(doc, sections, "portability", CostSections.Portability.class, CostSections.Portability.defaults()),
        section(doc, sections, "cache", RuntimeSections.Cache.class, RuntimeSections.Cache.defaults()),
        special.mask(tablesOf(sections, "mask")),
        section(doc, sections, "classifications", GovernanceSections.Classifications.class, GovernanceSections.Classifications.defaults()),
        roles,
        section(doc, sections, "ai", RuntimeSections.Ai.class, RuntimeSections.Ai.defaults()),
        section(doc, sections, "branch", GovernanceSections.Branch.class, GovernanceSections.Branch.defaults()),
        section(doc, sections, "freshness", GovernanceSections.Freshness.class, GovernanceSections.Freshness.defaults()),
        section(doc, sections, "schedule", RuntimeSections.Schedule.class, RuntimeSections.Schedule.defaults()),
        special.namedTables(tablesOf(sections, "imports"), GovernanceSections.Import.class),
        section(doc, sections, "run", RuntimeSections.Run.class, RuntimeSections.Run.defaults()),
        section(doc, sections, "reuse", RuntimeSections.Reuse.class, RuntimeSections.Reuse.defaults()),
        section(doc, sections, "resilience", RuntimeSections.Resilience.class, RuntimeSections.Resilience.defaults()),
        section(doc, sections, "gc", RuntimeSections.Gc.class, RuntimeSections.Gc.defaults()),
        section(doc, sections, "policy", GovernanceSections.Policy.class, GovernanceSections.Policy.defaults()),
        section(doc, sections, "replay", RuntimeSections.Replay.class, RuntimeSections.Replay.defaults()),
        tablesOf(sections, "fulfill").stream().findFirst().map(t -> binder.plain(t.node())).orElse(Map.of()),
        declared);
    special.checkGc(config.gc());
    return config;
  }

  /**
   * The named tables of {@code [adapter]} or {@code [pipeline]}: one per sub-table, or the block
   * itself as {@code "default"} when it holds plain keys (the unnamed shorthand).
   */
  private List<Located> named(TomlDocument doc, List<Located> blocks) {
    List<Located> out = new ArrayList<>();
    for (Located block : blocks == null ? List.<Located>of() : blocks) {
      if (!block.node().isObject()) {
        findings.report(CODE, doc.span(block.textPath()), LoadMessages.notATable(block.textPath()), null);
        continue;
      }
      boolean shorthand = block.node().valueStream().anyMatch(v -> !v.isObject());
      if (shorthand) {
        out.add(new Located(block.textPath(), RockyConfig.DEFAULT_ADAPTER, block.node()));
        continue;
      }
      block.node().properties().forEach(e -> out.add(new Located(append(block.textPath(), e.getKey()), e.getKey(), e.getValue())));
    }
    return out;
  }

  private java.util.Optional<PipelineConfig> pipeline(TomlDocument doc, Located p) {
    JsonNode typeNode = p.node().get("type");
    if (typeNode != null && !typeNode.isTextual()) {
      findings.report(CODE, doc.span(append(p.textPath(), "type")),
          LoadMessages.wrongType(append(p.textPath(), "type"), "a string"), LoadMessages.useOneOf("type", PipelineConfig.TYPES));
      return java.util.Optional.empty();
    }
    String type = typeNode == null ? "replication" : typeNode.asText();
    Class<? extends PipelineConfig> variant = switch (type) {
      case "replication" -> ReplicationPipeline.class;
      case "transformation" -> TransformationPipeline.class;
      case "quality" -> QualityPipeline.class;
      case "snapshot" -> SnapshotPipeline.class;
      case "load" -> LoadPipeline.class;
      default -> null;
    };
    if (variant == null) {
      findings.report(CODE, doc.span(append(p.textPath(), "type")), LoadMessages.unknownPipelineType(type, p.name()),
          Suggestions.closest(type, PipelineConfig.TYPES).map(c -> "did you mean '" + c + "'? ").orElse("")
              + LoadMessages.useOneOf("type", PipelineConfig.TYPES));
      return java.util.Optional.empty();
    }
    ObjectNode body = ((ObjectNode) p.node()).deepCopy();
    body.remove("type");
    return binder.bind(body, variant, site(doc, p.textPath())).map(PipelineConfig.class::cast);
  }

  private <T> T section(TomlDocument doc, Map<String, List<Located>> sections, String name, Class<T> type, T fallback) {
    List<Located> tables = tablesOf(sections, name);
    if (tables.isEmpty()) {
      return fallback;
    }
    Located t = tables.get(0);
    if (!t.node().isObject()) {
      findings.report(CODE, doc.span(t.textPath()), LoadMessages.notATable(t.textPath()), null);
      return fallback;
    }
    return binder.bind(t.node(), type, site(doc, t.textPath())).orElse(fallback);
  }

  private static List<Located> tablesOf(Map<String, List<Located>> sections, String name) {
    return sections.getOrDefault(name, List.of());
  }

  static Binder.Site site(TomlDocument doc, List<Object> textPath) {
    return new Binder.Site(doc, textPath, CODE);
  }

  static List<Object> append(List<Object> path, Object segment) {
    List<Object> out = new ArrayList<>(path);
    out.add(segment);
    return out;
  }

  /** Records {@code prefix} and the dotted path of every key in the tables below it. */
  private static void declare(Set<String> declared, String prefix, JsonNode node) {
    declared.add(prefix);
    if (node.isObject()) {
      node.properties().forEach(e -> declare(declared, prefix + "." + e.getKey(), e.getValue()));
    }
  }
}

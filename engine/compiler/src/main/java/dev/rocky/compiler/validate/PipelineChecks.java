package dev.rocky.compiler.validate;

import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.LoadPipeline;
import dev.rocky.core.config.QualityPipeline;
import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.SnapshotPipeline;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import java.util.List;
import java.util.Map;

/**
 * Per-pipeline checks: the adapters a pipeline names exist (V022-V024) and can move data (V032),
 * replication schema patterns parse (V021) and strategies are known (V035), quality pipelines
 * have tables and enabled checks (V026, V027), snapshots have a key (V028); one V020 summary each.
 */
final class PipelineChecks {
  private PipelineChecks() {}

  static void check(RockyConfig config, Findings out) {
    if (config.pipelines().isEmpty()) {
      out.add(DiagnosticCode.V020, Severity.Warning, ValidateMessages.NO_PIPELINES, ValidateMessages.ADD_PIPELINE);
      return;
    }
    config.pipelines().forEach((name, pipeline) -> {
      Refs refs = new Refs(name, config.adapters(), out);
      String summary = switch (pipeline) {
        case ReplicationPipeline r -> replication(name, r, refs, out);
        case TransformationPipeline t -> {
          refs.target(t.target().adapter());
          yield "models='" + t.models() + "'";
        }
        case QualityPipeline q -> quality(name, q, refs, out);
        case SnapshotPipeline s -> snapshot(name, s, refs, out);
        case LoadPipeline l -> {
          refs.target(l.target().adapter());
          yield l.sourceDir() + " -> " + l.target().qualifiedName();
        }
      };
      out.add(DiagnosticCode.V020, ValidateMessages.pipelineSummary(name, pipeline.type(), summary), null);
    });
  }

  private static String replication(String name, ReplicationPipeline r, Refs refs, Findings out) {
    refs.source(r.source().adapter());
    refs.target(r.target().adapter());
    if (r.source().discovery() != null) {
      String discovery = r.source().discovery().adapter();
      if (!refs.adapters.containsKey(discovery)) {
        out.add(DiagnosticCode.V024, ValidateMessages.adapterNotFound(name, "source.discovery.adapter", discovery),
            ValidateMessages.pick(AdapterChecks.closest(discovery, refs.names()), refs.names(), "adapters"));
      }
    }
    java.util.Optional<String> patternProblem = SchemaPatterns.problem(r.source().schemaPattern());
    patternProblem.ifPresent(problem ->
        out.add(DiagnosticCode.V021, ValidateMessages.schemaPattern(name, problem), ValidateMessages.FIX_SCHEMA_PATTERN));
    if (patternProblem.isEmpty()) {
      for (String[] t : new String[][] {{"catalog_template", r.target().catalogTemplate()},
          {"schema_template", r.target().schemaTemplate()}}) {
        SchemaPatterns.templateProblem(r.source().schemaPattern(), t[0], t[1]).ifPresent(problem -> out.add(
            DiagnosticCode.V021, "pipeline '" + name + "': " + problem, ValidateMessages.FIX_TEMPLATE));
      }
    }
    strategy(name, "strategy", r.strategy(), out);
    for (ReplicationPipeline.TableOverride o : r.tableOverrides()) {
      if (o.strategy() != null) {
        strategy(name, "table_overrides strategy", o.strategy(), out);
      }
    }
    return r.strategy() + " -> " + r.target().catalogTemplate() + " / " + r.target().schemaTemplate();
  }

  private static void strategy(String name, String where, String strategy, Findings out) {
    if (!ReplicationPipeline.STRATEGIES.contains(strategy)) {
      out.add(DiagnosticCode.V035, ValidateMessages.unknownReplicationStrategy(name, where, strategy),
          ValidateMessages.useStrategy(AdapterChecks.closest(strategy, ReplicationPipeline.STRATEGIES), ReplicationPipeline.STRATEGIES));
    }
  }

  private static String quality(String name, QualityPipeline q, Refs refs, Findings out) {
    refs.target(q.target().adapter());
    if (q.tables().isEmpty()) {
      out.add(DiagnosticCode.V026, ValidateMessages.noQualityTables(name), ValidateMessages.ADD_QUALITY_TABLES);
    }
    if (!q.checks().enabled()) {
      out.add(DiagnosticCode.V027, ValidateMessages.qualityChecksDisabled(name), ValidateMessages.enableChecks(name));
    }
    return q.tables().size() + " table ref(s)";
  }

  private static String snapshot(String name, SnapshotPipeline s, Refs refs, Findings out) {
    refs.source(s.source().adapter());
    refs.target(s.target().adapter());
    if (s.uniqueKey().isEmpty()) {
      out.add(DiagnosticCode.V028, ValidateMessages.emptyUniqueKey(name), ValidateMessages.SET_UNIQUE_KEY);
    }
    return s.source().qualifiedName() + " -> " + s.target().qualifiedName();
  }

  /** Checks the adapter a pipeline names: it exists, and it can move data. */
  private record Refs(String pipeline, Map<String, AdapterConfig> adapters, Findings out) {
    List<String> names() {
      return List.copyOf(adapters.keySet());
    }

    void source(String adapter) {
      check("source.adapter", adapter, DiagnosticCode.V022);
    }

    void target(String adapter) {
      check("target.adapter", adapter, DiagnosticCode.V023);
    }

    private void check(String role, String adapter, DiagnosticCode notFound) {
      AdapterConfig a = adapters.get(adapter);
      if (a == null) {
        out.add(notFound, ValidateMessages.adapterNotFound(pipeline, role, adapter),
            ValidateMessages.pick(AdapterChecks.closest(adapter, names()), names(), "adapters"));
      } else if (!a.movesData()) {
        out.add(DiagnosticCode.V032, ValidateMessages.notADataAdapter(pipeline, role, adapter), ValidateMessages.useDataAdapter(role));
      }
    }
  }
}

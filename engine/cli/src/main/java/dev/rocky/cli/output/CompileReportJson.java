package dev.rocky.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rocky.app.compile.CompileReport;
import dev.rocky.app.compile.ModelDetail;
import dev.rocky.compiler.CompileTimings;
import dev.rocky.core.project.Freshness;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypedColumn;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky compile}'s payload: a {@link CompileReport} in Rocky's {@code CompileOutput} shape.
 * A detail leaves out what is empty (no {@code depends_on}, {@code tags} or {@code columns} when
 * there are none) but always has {@code schema_complete}; a strategy is tagged by {@code type}.
 */
public record CompileReportJson(CompileReport report) implements JsonPayload {

  public CompileReportJson {
    Objects.requireNonNull(report, "report");
  }

  @Override
  public void writeFields(JsonGenerator g) throws IOException {
    g.writeNumberField("models", report.models());
    g.writeNumberField("execution_layers", report.executionLayers());
    g.writeBooleanField("has_errors", report.hasErrors());
    g.writeFieldName("diagnostics");
    DiagnosticsJson.write(g, report.diagnostics());
    CompileTimings t = report.timings();
    if (t != null) {
      g.writeObjectFieldStart("compile_timings");
      g.writeNumberField("project_load_ms", t.projectLoadMs());
      g.writeNumberField("semantic_graph_ms", t.semanticGraphMs());
      g.writeNumberField("typecheck_ms", t.typecheckMs());
      g.writeNumberField("typecheck_join_keys_ms", t.typecheckJoinKeysMs());
      g.writeNumberField("contracts_ms", t.contractsMs());
      g.writeNumberField("total_ms", t.totalMs());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("models_detail");
    for (ModelDetail m : report.modelsDetail()) {
      detail(g, m);
    }
    g.writeEndArray();
  }

  private static void detail(JsonGenerator g, ModelDetail m) throws IOException {
    g.writeStartObject();
    nonEmpty(g, "name", m.name());
    if (m.strategy() != null) {
      g.writeFieldName("strategy");
      strategy(g, m.strategy());
    }
    if (m.target() != null) {
      g.writeFieldName("target");
      target(g, m.target());
    }
    Freshness f = m.freshness();
    if (f != null) {
      g.writeObjectFieldStart("freshness");
      if (f.maxLagSeconds() != null) {
        g.writeNumberField("max_lag_seconds", f.maxLagSeconds());
      }
      optional(g, "time_column", f.timeColumn());
      optional(g, "severity", f.severity());
      g.writeEndObject();
    }
    nonEmpty(g, "contract_source", m.contractSource());
    if (m.dependsOn() != null && !m.dependsOn().isEmpty()) {
      strings(g, "depends_on", m.dependsOn());
    }
    if (m.tags() != null && !m.tags().isEmpty()) {
      g.writeObjectFieldStart("tags");
      for (Map.Entry<String, String> tag : m.tags().entrySet()) {
        optional(g, tag.getKey(), tag.getValue());
      }
      g.writeEndObject();
    }
    if (m.columns() != null && !m.columns().isEmpty()) {
      g.writeArrayFieldStart("columns");
      for (TypedColumn c : m.columns()) {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeStringField("data_type", c.type().typeName());
        g.writeBooleanField("nullable", c.nullable());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeBooleanField("schema_complete", m.schemaComplete());
    g.writeEndObject();
  }

  private static void strategy(JsonGenerator g, Strategy s) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", s.type());
    switch (s) {
      case Strategy.FullRefresh r -> { }
      case Strategy.Incremental i -> g.writeStringField("timestamp_column", i.timestampColumn());
      case Strategy.Merge m -> {
        strings(g, "unique_key", m.uniqueKey());
        if (m.updateColumns() != null) {
          strings(g, "update_columns", m.updateColumns());
        }
      }
      case Strategy.DeleteInsert d -> strings(g, "partition_by", d.partitionBy());
      case Strategy.TimeInterval t -> {
        g.writeStringField("time_column", t.timeColumn());
        g.writeStringField("granularity", grain(t.granularity()));
        if (t.lookback() != null) {
          g.writeNumberField("lookback", t.lookback());
        }
        if (t.batchSize() != null) {
          g.writeNumberField("batch_size", t.batchSize());
        }
        optional(g, "first_partition", t.firstPartition());
      }
      case Strategy.Microbatch b -> {
        g.writeStringField("timestamp_column", b.timestampColumn());
        if (b.granularity() != null) {
          g.writeStringField("granularity", grain(b.granularity()));
        }
      }
      case Strategy.Ephemeral e -> { }
      case Strategy.View v -> { }
      case Strategy.MaterializedView v -> { }
    }
    g.writeEndObject();
  }

  /** The wire name of a grain: {@code hour}, {@code day}, {@code month}, {@code year}. */
  private static String grain(Strategy.Granularity granularity) {
    return granularity.name().toLowerCase(Locale.ROOT);
  }

  private static void target(JsonGenerator g, TargetRef t) throws IOException {
    g.writeStartObject();
    optional(g, "catalog", t.catalog());
    optional(g, "schema", t.schema());
    g.writeStringField("table", t.table());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      if (v == null) {
        g.writeNull();
      } else {
        g.writeString(v);
      }
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, @Nullable String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void nonEmpty(JsonGenerator g, String name, @Nullable String value) throws IOException {
    if (value != null && !value.isEmpty()) {
      g.writeStringField(name, value);
    }
  }
}

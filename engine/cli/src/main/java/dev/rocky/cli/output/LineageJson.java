package dev.rocky.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rocky.app.lineage.ColumnLineageOutput;
import dev.rocky.app.lineage.EdgeRecord;
import dev.rocky.app.lineage.LineageOutput;
import dev.rocky.app.lineage.QualifiedColumn;
import dev.rocky.app.lineage.UnresolvedRecord;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * {@code rocky lineage}'s payloads: a model's {@link LineageOutput} or a column's
 * {@link ColumnLineageOutput}, in Rocky's shapes. An edge is {@code {source, target, transform}}
 * with {@code {model, column}} ends; an unresolved column is {@code {model, column, reason}}.
 */
public sealed interface LineageJson extends JsonPayload {

  /** {@code rocky lineage MODEL}. */
  record Model(LineageOutput output) implements LineageJson {
    public Model {
      Objects.requireNonNull(output, "output");
    }

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
      g.writeStringField("model", output.model());
      g.writeArrayFieldStart("columns");
      for (LineageOutput.ColumnDef c : output.columns()) {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        String type = c.dataType();
        if (type != null) {
          g.writeStringField("data_type", type);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      strings(g, "upstream", output.upstream());
      strings(g, "downstream", output.downstream());
      edges(g, "edges", output.edges());
      strings(g, "sources", output.sources());
      unresolved(g, output.unresolved());
    }
  }

  /** {@code rocky lineage MODEL.COLUMN}. */
  record Column(ColumnLineageOutput output) implements LineageJson {
    public Column {
      Objects.requireNonNull(output, "output");
    }

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
      g.writeStringField("model", output.model());
      g.writeStringField("column", output.column());
      g.writeStringField("direction", output.direction());
      edges(g, "trace", output.trace());
      unresolved(g, output.unresolved());
    }
  }

  private static void edges(JsonGenerator g, String name, List<EdgeRecord> edges) throws IOException {
    g.writeArrayFieldStart(name);
    for (EdgeRecord e : edges) {
      g.writeStartObject();
      end(g, "source", e.source());
      end(g, "target", e.target());
      g.writeStringField("transform", e.transform());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void end(JsonGenerator g, String name, QualifiedColumn c) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("model", c.model());
    g.writeStringField("column", c.column());
    g.writeEndObject();
  }

  private static void unresolved(JsonGenerator g, List<UnresolvedRecord> unresolved) throws IOException {
    g.writeArrayFieldStart("unresolved");
    for (UnresolvedRecord u : unresolved) {
      g.writeStartObject();
      g.writeStringField("model", u.model());
      g.writeStringField("column", u.column());
      g.writeStringField("reason", u.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}

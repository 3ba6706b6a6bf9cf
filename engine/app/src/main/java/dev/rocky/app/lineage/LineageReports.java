package dev.rocky.app.lineage;

import dev.rocky.compiler.lineage.ColumnTrace;
import dev.rocky.compiler.lineage.Direction;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.List;

/** Builds Rocky's lineage payloads from the compiler's graph. */
public final class LineageReports {
  private LineageReports() {}

  /** {@code rocky lineage <model>}; {@code model} must be a model of the graph. */
  public static LineageOutput model(LineageGraph graph, String model) {
    ModelSchema schema = graph.schema(model).orElseThrow(() -> new IllegalArgumentException("no model " + model));
    List<LineageOutput.ColumnDef> columns = new ArrayList<>();
    for (TypedColumn c : schema.columns()) {
      columns.add(new LineageOutput.ColumnDef(c.name(), c.type().isUnknown() ? null : c.type().typeName()));
    }
    return new LineageOutput(schema.name(), columns, graph.upstreamModels(model), graph.downstreamModels(model),
        EdgeRecord.of(graph.edgesOf(model)), graph.tablesRead(model), UnresolvedRecord.of(graph.unresolved(model)));
  }

  /** {@code rocky lineage <model>.<column>}: the transitive walk, indirect edges included. */
  public static ColumnLineageOutput column(LineageGraph graph, ColumnRef column, Direction direction) {
    return column(graph.trace(column, direction, true));
  }

  public static ColumnLineageOutput column(ColumnTrace trace) {
    return new ColumnLineageOutput(trace.column().model(), trace.column().column(), trace.direction().wireName(),
        EdgeRecord.of(trace.edges()), UnresolvedRecord.of(trace.unresolved()));
  }
}

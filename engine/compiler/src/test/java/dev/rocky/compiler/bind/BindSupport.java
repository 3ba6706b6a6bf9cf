package dev.rocky.compiler.bind;

import dev.rocky.compiler.sql.ModelParser;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.List;

/** Shorthands for binder tests: bind a SQL text as model {@code m}, read columns, edges and codes. */
final class BindSupport {
  private BindSupport() {}

  static final String FILE = "models/m.sql";
  private static final ModelParser PARSER = new ModelParser();
  private static final Binder BINDER = new Binder();

  static ModelAnalysis bind(String sql) {
    return bind(sql, TestLookup.standard());
  }

  static ModelAnalysis bind(String sql, SchemaLookup lookup) {
    return bind(sql, Dialect.DUCKDB, lookup);
  }

  static ModelAnalysis bind(String sql, Dialect dialect) {
    return bind(sql, dialect, TestLookup.standard());
  }

  static ModelAnalysis bind(String sql, Dialect dialect, SchemaLookup lookup) {
    return BINDER.bind(PARSER.parse("m", FILE, sql, dialect), lookup);
  }

  static TypedColumn column(ModelAnalysis a, String name) {
    return a.schema().column(name).orElseThrow(() -> new AssertionError("no output column " + name + " in "
        + a.schema().columns()));
  }

  /** Edges into one output column, rendered {@code source [transform]}. */
  static List<String> edgesInto(ModelAnalysis a, String column) {
    List<String> out = new ArrayList<>();
    for (LineageEdge e : a.edges()) {
      if (e.target().column().equals(column)) {
        out.add(e.source() + " [" + e.transform().render() + "]");
      }
    }
    return out;
  }

  static List<DiagnosticCode> codes(ModelAnalysis a) {
    List<DiagnosticCode> out = new ArrayList<>();
    for (Diagnostic d : a.diagnostics()) {
      out.add(d.code());
    }
    return out;
  }

  static Diagnostic only(ModelAnalysis a, DiagnosticCode code) {
    List<Diagnostic> found = new ArrayList<>();
    for (Diagnostic d : a.diagnostics()) {
      if (d.code() == code) {
        found.add(d);
      }
    }
    if (found.size() != 1) {
      throw new AssertionError("expected one " + code + ", got " + a.diagnostics());
    }
    return found.get(0);
  }
}

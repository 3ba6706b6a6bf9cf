package dev.rocky.compiler.cache;

import dev.rocky.compiler.bind.JoinKeyPair;
import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.bind.UnresolvedColumn;
import dev.rocky.compiler.bind.UpstreamRef;
import dev.rocky.compiler.sql.TableReference;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The binary form of cache entries: length-prefixed UTF-8 strings, counts, and fixed field order. */
final class CacheCodec {
  private CacheCodec() {}

  static void write(DataOutputStream out, CacheEntry e) throws IOException {
    str(out, e.parseKey());
    out.writeInt(e.references().size());
    for (TableReference r : e.references()) {
      strings(out, r.nameParts());
      out.writeInt(r.line());
      out.writeInt(r.col());
      out.writeInt(r.length());
    }
    str(out, e.bindKey());
    analysis(out, e.analysis());
  }

  static CacheEntry read(DataInputStream in) throws IOException {
    String parseKey = str(in);
    int n = in.readInt();
    List<TableReference> refs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      refs.add(new TableReference(strings(in), in.readInt(), in.readInt(), in.readInt()));
    }
    String bindKey = str(in);
    return new CacheEntry(parseKey, refs, bindKey, analysis(in));
  }

  private static void analysis(DataOutputStream out, ModelAnalysis a) throws IOException {
    str(out, a.model());
    schema(out, a.schema());
    out.writeInt(a.edges().size());
    for (LineageEdge edge : a.edges()) {
      column(out, edge.source());
      column(out, edge.target());
      str(out, edge.transform().render());
    }
    out.writeInt(a.unresolved().size());
    for (UnresolvedColumn u : a.unresolved()) {
      str(out, u.column());
      str(out, u.reason());
    }
    out.writeBoolean(a.hasStar());
    out.writeInt(a.upstreams().size());
    for (UpstreamRef u : a.upstreams()) {
      str(out, u.name());
      str(out, u.kind().name());
    }
    out.writeInt(a.joinKeys().size());
    for (JoinKeyPair k : a.joinKeys()) {
      column(out, k.left());
      str(out, k.leftType().typeName());
      column(out, k.right());
      str(out, k.rightType().typeName());
      span(out, k.span());
    }
    out.writeInt(a.diagnostics().size());
    for (Diagnostic d : a.diagnostics()) {
      str(out, d.severity().name());
      str(out, d.code().name());
      str(out, d.message());
      optional(out, d.model());
      out.writeBoolean(d.span() != null);
      if (d.span() != null) {
        span(out, d.span());
      }
      optional(out, d.suggestion());
    }
  }

  private static ModelAnalysis analysis(DataInputStream in) throws IOException {
    String model = str(in);
    ModelSchema schema = schema(in);
    int n = in.readInt();
    List<LineageEdge> edges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      edges.add(new LineageEdge(column(in), column(in), Transform.parse(str(in))));
    }
    n = in.readInt();
    List<UnresolvedColumn> unresolved = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      unresolved.add(new UnresolvedColumn(str(in), str(in)));
    }
    boolean hasStar = in.readBoolean();
    n = in.readInt();
    List<UpstreamRef> upstreams = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      upstreams.add(new UpstreamRef(str(in), UpstreamRef.Kind.valueOf(str(in))));
    }
    n = in.readInt();
    List<JoinKeyPair> joinKeys = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      joinKeys.add(new JoinKeyPair(column(in), RockyType.parse(str(in)), column(in), RockyType.parse(str(in)), span(in)));
    }
    n = in.readInt();
    List<Diagnostic> diagnostics = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Severity severity = Severity.valueOf(str(in));
      DiagnosticCode code = DiagnosticCode.valueOf(str(in));
      String message = str(in);
      String m = optional(in);
      SourceSpan span = in.readBoolean() ? span(in) : null;
      diagnostics.add(new Diagnostic(severity, code, message, m, span, optional(in)));
    }
    return new ModelAnalysis(model, schema, edges, unresolved, hasStar, upstreams, joinKeys, diagnostics);
  }

  private static void schema(DataOutputStream out, ModelSchema s) throws IOException {
    str(out, s.name());
    out.writeBoolean(s.complete());
    out.writeInt(s.columns().size());
    for (TypedColumn c : s.columns()) {
      str(out, c.name());
      str(out, c.type().typeName());
      out.writeBoolean(c.nullable());
    }
  }

  private static ModelSchema schema(DataInputStream in) throws IOException {
    String name = str(in);
    boolean complete = in.readBoolean();
    int n = in.readInt();
    List<TypedColumn> columns = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      columns.add(new TypedColumn(str(in), RockyType.parse(str(in)), in.readBoolean()));
    }
    return new ModelSchema(name, columns, complete);
  }

  private static void column(DataOutputStream out, ColumnRef c) throws IOException {
    str(out, c.model());
    str(out, c.column());
  }

  private static ColumnRef column(DataInputStream in) throws IOException {
    return new ColumnRef(str(in), str(in));
  }

  private static void span(DataOutputStream out, SourceSpan s) throws IOException {
    str(out, s.file());
    out.writeInt(s.line());
    out.writeInt(s.col());
    out.writeInt(s.length());
  }

  private static SourceSpan span(DataInputStream in) throws IOException {
    return new SourceSpan(str(in), in.readInt(), in.readInt(), in.readInt());
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String v : values) {
      str(out, v);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(str(in));
    }
    return out;
  }

  private static void optional(DataOutputStream out, @Nullable String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      str(out, value);
    }
  }

  private static @Nullable String optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? str(in) : null;
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String str(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1 << 24) {
      throw new IOException("corrupt string length " + n);
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }
}

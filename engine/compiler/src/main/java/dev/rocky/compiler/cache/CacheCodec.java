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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The binary form of cache entries. Every string (model and column names, type names, transforms,
 * messages) is written once into a table and referred to by number, so the entries are mostly small
 * varints: a 10k-model project's cache is a few MB rather than tens. Type names and transforms are
 * parsed once per distinct string when read.
 */
final class CacheCodec {
  private CacheCodec() {}

  /**
   * Encodes entries, collecting the strings they use. A writer may continue an earlier string
   * table: its strings keep their numbers (so entries encoded against it can be copied as they
   * are) and the strings new entries need are numbered after them.
   */
  static final class Writer {
    final Bytes body;
    private final Map<String, Integer> ids;
    /** Transforms and types by identity: their spelling is built on every call, so it is looked up once per object. */
    private final Map<Object, Integer> spelled = new java.util.IdentityHashMap<>(1024);
    /** The strings numbered by this writer, from {@link #first} on. */
    final List<String> strings;
    final int first;

    Writer(int capacity, int first, int expectedStrings) {
      this.body = new Bytes(capacity);
      this.first = first;
      this.ids = new HashMap<>(Math.max(16, expectedStrings * 4 / 3 + 1));
      this.strings = new ArrayList<>(expectedStrings);
    }

    /** The number of strings in the table, earlier ones included. */
    int stringCount() {
      return first + strings.size();
    }

    private int id(String s) {
      Integer id = ids.get(s);
      if (id == null) {
        id = first + strings.size();
        ids.put(s, id);
        strings.add(s);
      }
      return id;
    }

    private int spelling(Object key, String spelling) {
      Integer id = spelled.get(key);
      if (id == null) {
        id = id(spelling);
        spelled.put(key, id);
      }
      return id;
    }

    private void transform(Transform t) {
      Integer id = spelled.get(t);
      body.writeUnsigned(id != null ? id : spelling(t, t.render()));
    }

    private void type(RockyType t) {
      Integer id = spelled.get(t);
      body.writeUnsigned(id != null ? id : spelling(t, t.typeName()));
    }

    private void str(String s) {
      body.writeUnsigned(id(s));
    }

    private void optional(@Nullable String s) {
      body.writeUnsigned(s == null ? 0 : id(s) + 1);
    }

    /** Where each entry encoded so far ends in {@link #body}. */
    int[] entryEnds() {
      return java.util.Arrays.copyOf(ends, entries);
    }

    private int[] ends = new int[64];
    private int entries;

    void entry(String name, CacheEntry e) {
      encode(name, e);
      if (entries == ends.length) {
        ends = java.util.Arrays.copyOf(ends, entries * 2);
      }
      ends[entries++] = body.size();
    }

    private void encode(String name, CacheEntry e) {
      str(name);
      digest(e.inputKey());
      digest(e.parseKey());
      body.writeUnsigned(e.references().size());
      for (TableReference r : e.references()) {
        body.writeUnsigned(r.nameParts().size());
        for (String part : r.nameParts()) {
          str(part);
        }
        body.writeInt(r.line());
        body.writeInt(r.col());
        body.writeInt(r.length());
      }
      digest(e.bindKey());
      digest(e.schemaDigest());
      analysis(e.analysis());
      digest(e.lintKey());
      diagnostics(e.lints());
    }

    private void digest(Digest d) {
      body.writeLong(d.hi());
      body.writeLong(d.lo());
    }

    private void analysis(ModelAnalysis a) {
      str(a.model());
      schema(a.schema());
      body.writeUnsigned(a.edges().size());
      for (LineageEdge edge : a.edges()) {
        column(edge.source());
        column(edge.target());
        transform(edge.transform());
      }
      body.writeUnsigned(a.unresolved().size());
      for (UnresolvedColumn u : a.unresolved()) {
        str(u.column());
        str(u.reason());
      }
      body.writeBoolean(a.hasStar());
      body.writeUnsigned(a.upstreams().size());
      for (UpstreamRef u : a.upstreams()) {
        str(u.name());
        body.writeUnsigned(u.kind().ordinal());
      }
      body.writeUnsigned(a.joinKeys().size());
      for (JoinKeyPair k : a.joinKeys()) {
        column(k.left());
        type(k.leftType());
        column(k.right());
        type(k.rightType());
        span(k.span());
      }
      diagnostics(a.diagnostics());
    }

    private void diagnostics(List<Diagnostic> list) {
      body.writeUnsigned(list.size());
      for (Diagnostic d : list) {
        str(d.severity().name());
        str(d.code().name());
        body.writeString(d.message()); // messages and suggestions name their model: written in place, not numbered
        optional(d.model());
        body.writeBoolean(d.span() != null);
        if (d.span() != null) {
          span(d.span());
        }
        body.writeBoolean(d.suggestion() != null);
        if (d.suggestion() != null) {
          body.writeString(d.suggestion());
        }
      }
    }

    private void schema(ModelSchema s) {
      str(s.name());
      body.writeBoolean(s.complete());
      body.writeUnsigned(s.columns().size());
      for (TypedColumn c : s.columns()) {
        str(c.name());
        type(c.type());
        body.writeBoolean(c.nullable());
      }
    }

    private void column(ColumnRef c) {
      str(c.model());
      str(c.column());
    }

    private void span(SourceSpan s) {
      str(s.file());
      body.writeInt(s.line());
      body.writeInt(s.col());
      body.writeInt(s.length());
    }
  }

  /** Decodes entries against the string table read before them. */
  static final class Reader {
    private final Bytes.Reader in;
    private final String[] strings;
    private final RockyType[] types;
    private final Transform[] transforms;

    Reader(Bytes.Reader in, String[] strings) {
      this.in = in;
      this.strings = strings;
      this.types = new RockyType[strings.length];
      this.transforms = new Transform[strings.length];
    }

    private int id() {
      int id = in.readUnsigned();
      if (id < 0 || id >= strings.length) {
        throw new Bytes.CorruptCacheException("bad string id " + id);
      }
      return id;
    }

    String str() {
      return strings[id()];
    }

    private @Nullable String optional() {
      int v = in.readUnsigned();
      if (v == 0) {
        return null;
      }
      if (v < 0 || v > strings.length) {
        throw new Bytes.CorruptCacheException("bad string id " + v);
      }
      return strings[v - 1];
    }

    private RockyType type() {
      int id = id();
      RockyType t = types[id];
      if (t == null) {
        t = RockyType.parse(strings[id]);
        types[id] = t;
      }
      return t;
    }

    private Transform transform() {
      int id = id();
      Transform t = transforms[id];
      if (t == null) {
        t = Transform.parse(strings[id]);
        transforms[id] = t;
      }
      return t;
    }

    CacheEntry entry() {
      Digest inputKey = digest();
      Digest parseKey = digest();
      int n = in.readCount();
      List<TableReference> refs = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int parts = in.readCount();
        List<String> names = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
          names.add(str());
        }
        refs.add(new TableReference(names, in.readInt(), in.readInt(), in.readInt()));
      }
      Digest bindKey = digest();
      Digest schemaDigest = digest();
      ModelAnalysis analysis = analysis();
      Digest lintKey = digest();
      return new CacheEntry(inputKey, parseKey, refs, bindKey, schemaDigest, analysis, lintKey, diagnostics());
    }

    private Digest digest() {
      return new Digest(in.readLong(), in.readLong());
    }

    private ModelAnalysis analysis() {
      String model = str();
      ModelSchema schema = schema();
      int n = in.readCount();
      List<LineageEdge> edges = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        edges.add(new LineageEdge(column(), column(), transform()));
      }
      n = in.readCount();
      List<UnresolvedColumn> unresolved = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        unresolved.add(new UnresolvedColumn(str(), str()));
      }
      boolean hasStar = in.readBoolean();
      n = in.readCount();
      List<UpstreamRef> upstreams = new ArrayList<>(n);
      UpstreamRef.Kind[] kinds = UpstreamRef.Kind.values();
      for (int i = 0; i < n; i++) {
        String name = str();
        int kind = in.readUnsigned();
        if (kind < 0 || kind >= kinds.length) {
          throw new Bytes.CorruptCacheException("bad upstream kind");
        }
        upstreams.add(new UpstreamRef(name, kinds[kind]));
      }
      n = in.readCount();
      List<JoinKeyPair> joinKeys = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        joinKeys.add(new JoinKeyPair(column(), type(), column(), type(), span()));
      }
      return new ModelAnalysis(model, schema, edges, unresolved, hasStar, upstreams, joinKeys, diagnostics());
    }

    private List<Diagnostic> diagnostics() {
      int n = in.readCount();
      List<Diagnostic> diagnostics = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Severity severity = Severity.valueOf(str());
        DiagnosticCode code = DiagnosticCode.valueOf(str());
        String message = in.readString();
        String m = optional();
        SourceSpan span = in.readBoolean() ? span() : null;
        diagnostics.add(new Diagnostic(severity, code, message, m, span, in.readBoolean() ? in.readString() : null));
      }
      return diagnostics;
    }

    private ModelSchema schema() {
      String name = str();
      boolean complete = in.readBoolean();
      int n = in.readCount();
      List<TypedColumn> columns = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        columns.add(new TypedColumn(str(), type(), in.readBoolean()));
      }
      return new ModelSchema(name, columns, complete);
    }

    private ColumnRef column() {
      return new ColumnRef(str(), str());
    }

    private SourceSpan span() {
      return new SourceSpan(str(), in.readInt(), in.readInt(), in.readInt());
    }
  }
}

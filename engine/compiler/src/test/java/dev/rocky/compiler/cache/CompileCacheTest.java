package dev.rocky.compiler.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.bind.JoinKeyPair;
import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.bind.UnresolvedColumn;
import dev.rocky.compiler.bind.UpstreamRef;
import dev.rocky.compiler.sql.TableReference;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompileCacheTest {

  private static Map<String, CacheEntry> entries() {
    Map<String, CacheEntry> entries = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      String name = "m" + i;
      ModelSchema schema = new ModelSchema(name, List.of(new TypedColumn("id", RockyType.INT64, false),
          new TypedColumn("amount", new RockyType.Decimal(12, 2), true),
          new TypedColumn("tags", new RockyType.Array(RockyType.STRING), true)), i != 1);
      List<LineageEdge> edges = List.of(
          new LineageEdge(new ColumnRef("raw.t", "id"), new ColumnRef(name, "id"), Transform.DIRECT),
          new LineageEdge(new ColumnRef("raw.t", "amount"), new ColumnRef(name, "amount"), Transform.parse("aggregation: sum")),
          new LineageEdge(new ColumnRef("raw.t", "ts"), new ColumnRef(name, "amount"), Transform.parse("indirect: filter")));
      SourceSpan span = SourceSpan.at("models/" + name + ".sql", 3, 7, 2);
      List<Diagnostic> diagnostics = List.of(
          Diagnostic.of(DiagnosticCode.E003, "column `x` not found").withSpan(span).withSuggestion("did you mean `id`?"),
          new Diagnostic(DiagnosticCode.I002.severity(), DiagnosticCode.I002, "unknown types", name, null, null));
      ModelAnalysis analysis = new ModelAnalysis(name, schema, edges, List.of(new UnresolvedColumn("*", "why")), i == 2,
          List.of(new UpstreamRef("raw.t", UpstreamRef.Kind.SOURCE), new UpstreamRef("m0", UpstreamRef.Kind.MODEL)),
          List.of(new JoinKeyPair(new ColumnRef("a", "id"), RockyType.INT64, new ColumnRef("b", "id"),
              RockyType.STRING, span)),
          diagnostics);
      entries.put(name, new CacheEntry(new Digest(7, i), new Digest(i, -i),
          List.of(new TableReference(List.of("raw", "t"), 2, 6, 5)),
          new Digest(Long.MAX_VALUE, Long.MIN_VALUE + i), new Digest(-1, i), analysis)
          .withLints(new Digest(i, 3), i == 0 ? List.of() : List.of(Diagnostic.of(DiagnosticCode.W005, "lint " + i)
              .withModel(name).withSpan(span).withSuggestion("declare freshness"))));
    }
    return entries;
  }

  @Test
  void entriesReadBackExactly() {
    Map<String, CacheEntry> entries = entries();
    assertThat(CompileCache.decode(CompileCache.encode(entries))).isEqualTo(entries);
    assertThat(CompileCache.decode(CompileCache.encode(Map.of()))).isEmpty();
  }

  @Test
  void stringsAreWrittenOnce() {
    byte[] blob = CompileCache.encode(entries());
    String text = new String(blob, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(text.split("Decimal\\(12,2\\)", -1)).hasSize(2);
    assertThat(text.split("indirect: filter", -1)).hasSize(2);
    // Messages mostly name their model, so they are written where they are used.
    assertThat(text.split("column `x` not found", -1)).hasSize(4);
  }

  @Test
  void aCacheWrittenByAnotherBuildOfTheCompilerIsIgnored() {
    assertThat(CompileCache.ENGINE).contains("+").doesNotEndWith("+");
    assertThat(CompileCache.decode(CompileCache.encode(entries(), CompileCache.ENGINE))).isEqualTo(entries());
    assertThat(CompileCache.decode(CompileCache.encode(entries(), CompileCache.ENGINE + "x"))).isEmpty();
    String otherBuild = CompileCache.ENGINE.substring(0, CompileCache.ENGINE.indexOf('+') + 1) + "other";
    assertThat(CompileCache.decode(CompileCache.encode(entries(), otherBuild))).isEmpty();
  }

  @Test
  void anyDamageMeansAnEmptyCache() {
    byte[] blob = CompileCache.encode(entries());
    for (int i = 0; i < blob.length; i += 7) {
      byte[] damaged = blob.clone();
      damaged[i] ^= 0x10;
      assertThat(CompileCache.decode(damaged)).as("flip at %d", i).isEmpty();
    }
    assertThat(CompileCache.decode(Arrays.copyOf(blob, blob.length - 1))).isEmpty();
    assertThat(CompileCache.decode(new byte[0])).isEmpty();
    assertThat(CompileCache.decode(new byte[40])).isEmpty();
  }

  @Test
  void anIncrementalWriteCopiesKeptEntriesAndReadsBackLikeAFullOne() {
    CompileCache.Snapshot first = CompileCache.decodeSnapshot(CompileCache.encode(entries()));
    Map<String, CacheEntry> next = new LinkedHashMap<>(first.entries());
    CacheEntry m1 = next.get("m1");
    ModelSchema changed = new ModelSchema("m1", List.of(new TypedColumn("fresh_column", RockyType.DATE, true)), true);
    ModelAnalysis a = m1.analysis();
    next.put("m1", new CacheEntry(m1.inputKey(), new Digest(9, 9), m1.references(), m1.bindKey(), m1.schemaDigest(),
        new ModelAnalysis(a.model(), changed, a.edges(), a.unresolved(), a.hasStar(), a.upstreams(), a.joinKeys(),
            List.of(Diagnostic.of(DiagnosticCode.E003, "a message no entry had before")))));
    next.remove("m2");
    next.put("m3", entries().get("m2"));

    byte[] incremental = CompileCache.encode(next, first, CompileCache.ENGINE);
    assertThat(CompileCache.decode(incremental)).isEqualTo(next);
    assertThat(CompileCache.decode(incremental)).isEqualTo(CompileCache.decode(CompileCache.encode(next)));
    // The old table is kept whole and the new strings follow it.
    CompileCache.Snapshot second = CompileCache.decodeSnapshot(incremental);
    assertThat(second.stringCount).isGreaterThan(first.stringCount);
    assertThat(second.freshCount).isEqualTo(first.freshCount);
    assertThat(new String(incremental, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("a message no entry had before");

    // A third write over the incremental one still reads back, and so does a damaged one not at all.
    Map<String, CacheEntry> third = new LinkedHashMap<>(second.entries());
    third.remove("m0");
    byte[] again = CompileCache.encode(third, second, CompileCache.ENGINE);
    assertThat(CompileCache.decode(again)).isEqualTo(third);
    again[again.length / 2] ^= 0x01;
    assertThat(CompileCache.decode(again)).isEmpty();
  }

  @Test
  void entriesNotReadFromTheSnapshotAreEncodedEvenWhenEqual() {
    CompileCache.Snapshot first = CompileCache.decodeSnapshot(CompileCache.encode(entries()));
    // Equal but not the same objects: nothing is copied, the blob is written afresh and reads back.
    Map<String, CacheEntry> next = entries();
    assertThat(CompileCache.decode(CompileCache.encode(next, first, CompileCache.ENGINE))).isEqualTo(next);
  }

  @Test
  void manyAppendedStringsMeanAFreshTable() {
    CompileCache.Snapshot snapshot = CompileCache.decodeSnapshot(CompileCache.encode(entries()));
    for (int round = 0; round < 40; round++) {
      Map<String, CacheEntry> next = new LinkedHashMap<>(snapshot.entries());
      CacheEntry m0 = next.get("m0");
      ModelAnalysis a = m0.analysis();
      List<TypedColumn> columns = new java.util.ArrayList<>();
      for (int c = 0; c < 100; c++) {
        columns.add(new TypedColumn("c" + round + "_" + c, RockyType.INT64, false));
      }
      next.put("m0", new CacheEntry(m0.inputKey(), m0.parseKey(), m0.references(), m0.bindKey(), m0.schemaDigest(),
          new ModelAnalysis(a.model(), new ModelSchema("m0", columns, true), a.edges(), a.unresolved(), a.hasStar(),
              a.upstreams(), a.joinKeys(), a.diagnostics())));
      byte[] blob = CompileCache.encode(next, snapshot, CompileCache.ENGINE);
      snapshot = CompileCache.decodeSnapshot(blob);
      assertThat(snapshot.entries()).isEqualTo(next);
      assertThat(snapshot.stringCount - snapshot.freshCount).isLessThanOrEqualTo(snapshot.freshCount / 4 + 1024 + 101);
    }
  }
}

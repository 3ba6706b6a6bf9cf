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
      entries.put(name, new CacheEntry(new Digest(i, -i), List.of(new TableReference(List.of("raw", "t"), 2, 6, 5)),
          new Digest(Long.MAX_VALUE, Long.MIN_VALUE + i), analysis));
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
    assertThat(text.split("column `x` not found", -1)).hasSize(2);
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
}

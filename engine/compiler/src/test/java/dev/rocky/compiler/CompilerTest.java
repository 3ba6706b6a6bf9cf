package dev.rocky.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.testkit.InMemoryProjectSource;
import dev.rocky.testkit.TestProjects;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompilerTest {

  /** A cache kept in memory, so a test can look at and damage what the compiler stored. */
  static final class MemoryCache implements CacheStore {
    final Map<String, byte[]> blobs = new HashMap<>();

    @Override
    public Optional<byte[]> get(String key) {
      return Optional.ofNullable(blobs.get(key));
    }

    @Override
    public void put(String key, byte[] bytes) {
      blobs.put(key, bytes.clone());
    }
  }

  private static CompileOptions options() {
    return new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 2);
  }

  private static CompileResult compile(InMemoryProjectSource project, CacheStore cache) {
    return new Compiler(cache, null).compile(project, options());
  }

  @Test
  void aSecondCompileReusesEveryAnalysisAndGivesTheSameResult() {
    InMemoryProjectSource project = TestProjects.open("typed");
    MemoryCache cache = new MemoryCache();
    CompileResult cold = compile(project, cache);
    assertThat(cold.modelsAnalysed()).isEqualTo(cold.project().models().size()).isGreaterThanOrEqualTo(30);

    CompileResult warm = compile(project, cache);
    assertThat(warm.modelsAnalysed()).isZero();
    assertThat(warm.analyses()).isEqualTo(cold.analyses());
    assertThat(warm.diagnostics()).isEqualTo(cold.diagnostics());
  }

  @Test
  void editingOneModelReanalysesItAndOnlyTheModelsWhoseInputsChanged() {
    InMemoryProjectSource project = TestProjects.open("typed");
    MemoryCache cache = new MemoryCache();
    CompileResult cold = compile(project, cache);
    String file = "models/stg_customers.sql";
    String sql = project.files().get(file);

    // A comment changes the text but not the output schema: only the model itself is redone.
    project.put(file, sql + "\n-- reviewed\n");
    assertThat(compile(project, cache).modelsAnalysed()).isEqualTo(1);

    // A new output column changes what every direct consumer reads.
    project.put(file, sql.replaceFirst("(?i)select", "SELECT 1 AS added_flag,"));
    CompileResult edited = compile(project, cache);
    List<String> consumers = cold.dag().downstreamOf("stg_customers");
    assertThat(consumers).isNotEmpty();
    assertThat(edited.modelsAnalysed()).isGreaterThanOrEqualTo(1 + consumers.size())
        .isLessThan(cold.project().models().size());
    assertThat(edited.schemas().get("stg_customers").column("added_flag")).isPresent();
    // What is reanalysed matches a compile from scratch.
    assertThat(edited.analyses()).isEqualTo(compile(project, CacheStore.NONE).analyses());
  }

  @Test
  void aDamagedCacheIsIgnoredAndRebuilt() {
    InMemoryProjectSource project = TestProjects.open("typed");
    MemoryCache cache = new MemoryCache();
    CompileResult cold = compile(project, cache);
    byte[] blob = cache.blobs.get("compile.bin");
    blob[blob.length / 2] ^= 0x5A;
    cache.blobs.put("compile.bin", blob);

    CompileResult again = compile(project, cache);
    assertThat(again.modelsAnalysed()).isEqualTo(cold.modelsAnalysed());
    assertThat(again.analyses()).isEqualTo(cold.analyses());
    cache.blobs.put("compile.bin", new byte[] {1, 2, 3});
    assertThat(compile(project, cache).modelsAnalysed()).isEqualTo(cold.modelsAnalysed());
  }

  @Test
  void varsAreSubstitutedBeforeParsingAndAnUnboundVarIsE028() {
    InMemoryProjectSource project = InMemoryProjectSource.of(Map.of(
        "rocky.toml", "[adapter.local]\ntype = \"duckdb\"\n",
        "models/recent.sql", "SELECT 1 AS id,\n  @var(region) AS region\n"));
    CompileResult unbound = new Compiler(CacheStore.NONE, null).compile(project, options());
    List<Diagnostic> problems = unbound.diagnostics().stream().filter(d -> d.severity() != dev.rocky.core.diagnostic.Severity.Info).toList();
    assertThat(problems).extracting(Diagnostic::code).containsExactly(DiagnosticCode.E028);
    assertThat(problems.get(0).span().line()).isEqualTo(2);

    CompileResult bound = new Compiler(CacheStore.NONE, null).compile(project, options().withVars(Map.of("region", "'emea'")));
    assertThat(bound.diagnostics()).isEmpty();
    assertThat(bound.schemas().get("recent").column("region")).get().extracting(TypedColumn::type).isEqualTo(RockyType.STRING);
  }

  @Test
  void withSeedTypesSourcesFromTheSeedCatalog() {
    InMemoryProjectSource project = InMemoryProjectSource.of(Map.of(
        "rocky.toml", "[adapter.local]\ntype = \"duckdb\"\n",
        "data/seed.sql", "CREATE TABLE raw.orders (id BIGINT NOT NULL);",
        "models/orders.sql", "SELECT id, id * 2 AS doubled FROM raw.orders\n"));
    List<String> seen = new java.util.ArrayList<>();
    Compiler compiler = new Compiler(CacheStore.NONE, (sql, file) -> {
      seen.add(file);
      return List.of(new SourceTable(null, "raw", "orders", List.of(new TypedColumn("id", RockyType.INT64, false)), file, 0));
    });
    CompileResult plain = compiler.compile(project, options());
    assertThat(seen).isEmpty();
    assertThat(plain.schemas().get("orders").columns()).extracting(TypedColumn::type).containsOnly(RockyType.UNKNOWN);

    CompileResult seeded = compiler.compile(project, options().withSeed(true));
    assertThat(seen).containsExactly("data/seed.sql");
    assertThat(seeded.schemas().get("orders").columns())
        .containsExactly(new TypedColumn("id", RockyType.INT64, false), new TypedColumn("doubled", RockyType.INT64, false));
  }

  @Test
  void aParseErrorInOneModelDoesNotStopTheRest() {
    InMemoryProjectSource project = InMemoryProjectSource.of(Map.of(
        "rocky.toml", "[adapter.local]\ntype = \"duckdb\"\n",
        "models/a.sql", "SELECT 1 AS x\n",
        "models/b.sql", "SELECT x,\n  FROM a WHERE\n",
        "models/c.sql", "SELECT x + 1 AS y FROM a\n"));
    CompileResult result = compile(project, CacheStore.NONE);
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.E004);
    assertThat(result.diagnostics().get(0).span().file()).isEqualTo("models/b.sql");
    assertThat(result.schemas().get("c").columns()).containsExactly(new TypedColumn("y", RockyType.INT64, false));
    ModelAnalysis b = result.analyses().get("b");
    assertThat(b.schema().complete()).isFalse();
  }

  @Test
  void modelsInACycleAreReportedAndStillAnalysed() {
    InMemoryProjectSource project = InMemoryProjectSource.of(Map.of(
        "rocky.toml", "[adapter.local]\ntype = \"duckdb\"\n",
        "models/a.sql", "SELECT x FROM b\n",
        "models/b.sql", "SELECT x FROM a\n",
        "models/c.sql", "SELECT 1 AS x\n"));
    CompileResult result = compile(project, CacheStore.NONE);
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.V031);
    assertThat(result.analyses()).containsKeys("a", "b", "c");
    assertThat(result.dag().layers()).containsExactly(List.of("c"));
  }

  @Test
  void undeclaredTablesAreTypedFromTheWarehouseCatalogAndOnlyThoseAreAsked() {
    InMemoryProjectSource project = InMemoryProjectSource.of(Map.of(
        "rocky.toml", "[adapter.local]\ntype = \"duckdb\"\n",
        "sources/raw.toml", "[[table]]\nschema = \"raw\"\nname = \"orders\"\ncolumns = [{ name = \"id\", type = \"BIGINT\" }]\n",
        "models/a.sql", "SELECT o.id, c.tier FROM raw.orders o JOIN crm.customers c ON c.id = o.id\n",
        "models/b.sql", "SELECT tier FROM a JOIN crm.customers USING (tier)\n"));
    List<List<String>> asked = new java.util.ArrayList<>();
    dev.rocky.core.port.SourceCatalog warehouse = ref -> {
      asked.add(ref);
      return Optional.of(new SourceTable(null, "crm", "customers",
          List.of(new TypedColumn("id", RockyType.INT64, false), new TypedColumn("tier", RockyType.STRING, true)), null, 0));
    };
    CompileResult result = new Compiler(CacheStore.NONE, null, warehouse).compile(project, options());
    assertThat(asked).containsExactly(List.of("crm", "customers"));
    assertThat(result.schemas().get("a").columns())
        .containsExactly(new TypedColumn("id", RockyType.INT64, true), new TypedColumn("tier", RockyType.STRING, true));
  }
}

package dev.rocky.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.testkit.InMemoryProjectSource;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Warm compiles over files that have versions, as files on disk do: whatever is edited, a compile
 * with the cache of earlier compiles gives what a compile without any cache gives.
 */
class WarmCompileTest {

  /** Files whose version follows their text, like a size and modification time. */
  static final class VersionedFiles implements ProjectSource {
    final InMemoryProjectSource files;

    VersionedFiles(Map<String, String> texts) {
      files = InMemoryProjectSource.of(texts);
    }

    VersionedFiles put(String path, String text) {
      files.put(path, text);
      return this;
    }

    VersionedFiles remove(String path) {
      files.remove(path);
      return this;
    }

    String text(String path) {
      return files.files().get(path);
    }

    @Override
    public @Nullable String version(String path) {
      String text = files.files().get(path);
      return text == null ? null : text.length() + ":" + Integer.toHexString(text.hashCode());
    }

    @Override
    public String root() {
      return files.root();
    }

    @Override
    public boolean isFile(String path) {
      return files.isFile(path);
    }

    @Override
    public boolean isDirectory(String path) {
      return files.isDirectory(path);
    }

    @Override
    public List<String> listFiles(String dir) throws IOException {
      return files.listFiles(dir);
    }

    @Override
    public String read(String path) throws IOException {
      return files.read(path);
    }
  }

  private static VersionedFiles project() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("rocky.toml", "[adapter.local]\ntype = \"duckdb\"\n");
    files.put("sources/raw.toml", """
        [[table]]
        schema = "raw"
        name = "orders"
        columns = [
          { name = "id", type = "BIGINT", nullable = false },
          { name = "amount", type = "DECIMAL(12,2)" },
          { name = "placed_at", type = "TIMESTAMP" }
        ]
        """);
    files.put("models/stg_orders.sql", "SELECT id, amount, placed_at FROM raw.orders\n");
    files.put("models/stg_orders.toml", "[strategy]\ntype = \"full_refresh\"\n");
    files.put("models/orders_daily.sql", "SELECT id, SUM(amount) AS total FROM stg_orders GROUP BY id\n");
    files.put("models/orders_wide.sql", "SELECT o.*, d.total FROM stg_orders o JOIN orders_daily d ON o.id = d.id\n");
    return new VersionedFiles(files);
  }

  private static CompileOptions options() {
    return new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 2);
  }

  /** Compiles with the cache, and checks the result against a compile without one. */
  private static CompileResult warm(VersionedFiles project, CacheStore cache) {
    CompileResult warm = new Compiler(cache, null).compile(project, options());
    CompileResult cold = new Compiler(CacheStore.NONE, null).compile(project, options());
    assertThat(warm.analyses()).isEqualTo(cold.analyses());
    assertThat(warm.diagnostics()).isEqualTo(cold.diagnostics());
    assertThat(warm.dag()).isEqualTo(cold.dag());
    assertThat(warm.project()).isEqualTo(cold.project());
    return warm;
  }

  private static List<DiagnosticCode> codes(CompileResult r, String model) {
    return r.diagnostics().stream().filter(d -> model.equals(d.model())).map(Diagnostic::code).toList();
  }

  @Test
  void everyKindOfEditGivesWhatACompileWithoutCacheGives() {
    VersionedFiles project = project();
    CompilerTest.MemoryCache cache = new CompilerTest.MemoryCache();
    CompileResult first = warm(project, cache);
    assertThat(first.modelsAnalysed()).isEqualTo(3);
    assertThat(codes(first, "stg_orders")).contains(DiagnosticCode.W005);
    assertThat(warm(project, cache).modelsAnalysed()).isZero();

    // A comment: the model is analysed again, nothing downstream is.
    project.put("models/stg_orders.sql", project.text("models/stg_orders.sql") + "-- reviewed\n");
    assertThat(warm(project, cache).modelsAnalysed()).isEqualTo(1);

    // A column changes type: every consumer sees the new type.
    project.put("models/stg_orders.sql", "SELECT id, CAST(amount AS VARCHAR) AS amount, placed_at FROM raw.orders\n");
    CompileResult retyped = warm(project, cache);
    assertThat(retyped.schemas().get("orders_wide").column("amount")).get()
        .extracting(TypedColumn::type).isEqualTo(RockyType.STRING);
    assertThat(retyped.schemas().get("orders_daily")).isNotEqualTo(first.schemas().get("orders_daily")); // SUM of a string

    // The temporal column goes: so does W005; it comes back with a new one.
    project.put("models/stg_orders.sql", "SELECT id, amount FROM raw.orders\n");
    assertThat(codes(warm(project, cache), "stg_orders")).doesNotContain(DiagnosticCode.W005);
    project.put("models/stg_orders.sql", "SELECT id, amount,\n  CAST(placed_at AS DATE) AS placed_on\nFROM raw.orders\n");
    CompileResult dated = warm(project, cache);
    assertThat(dated.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.W005 && "stg_orders".equals(d.model()))
        .singleElement().satisfies(d -> assertThat(d.span().line()).isEqualTo(2));

    // A sidecar declares freshness: W005 goes, with the SQL unchanged.
    project.put("models/stg_orders.toml", "[strategy]\ntype = \"full_refresh\"\n\n[freshness]\nmax_lag_seconds = 60\n");
    assertThat(codes(warm(project, cache), "stg_orders")).doesNotContain(DiagnosticCode.W005);
    project.put("models/stg_orders.toml", "[strategy]\ntype = \"ephemeral\"\n");
    warm(project, cache);

    // rocky.toml declares freshness for every model.
    project.put("rocky.toml", "[adapter.local]\ntype = \"duckdb\"\n\n[freshness]\nexpected_lag_seconds = 600\n");
    assertThat(warm(project, cache).diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.W005);
    project.put("rocky.toml", "[adapter.local]\ntype = \"duckdb\"\n");
    warm(project, cache);

    // A source column changes type.
    project.put("sources/raw.toml", project.text("sources/raw.toml").replace("DECIMAL(12,2)", "DOUBLE"));
    assertThat(warm(project, cache).schemas().get("stg_orders").column("amount")).get()
        .extracting(TypedColumn::type).isEqualTo(RockyType.FLOAT64);

    // Models come and go; a sidecar renames a model.
    project.put("models/orders_late.sql", "SELECT id, placed_on FROM stg_orders WHERE placed_on < DATE '2020-01-01'\n");
    assertThat(warm(project, cache).analyses()).containsKey("orders_late");
    project.remove("models/orders_daily.sql");
    assertThat(codes(warm(project, cache), "orders_wide")).contains(DiagnosticCode.E002);
    project.put("models/orders_late.toml", "name = \"orders_overdue\"\n");
    assertThat(warm(project, cache).analyses()).containsKey("orders_overdue").doesNotContainKey("orders_late");
  }

  @Test
  void aDamagedOrForeignCacheIsNeverTrusted() {
    VersionedFiles project = project();
    CompilerTest.MemoryCache cache = new CompilerTest.MemoryCache();
    warm(project, cache);
    project.put("models/stg_orders.sql", "SELECT id FROM raw.orders\n");
    for (String key : List.copyOf(cache.blobs.keySet())) {
      byte[] blob = cache.blobs.get(key);
      blob[blob.length / 3] ^= 0x20;
    }
    assertThat(warm(project, cache).modelsAnalysed()).isEqualTo(3);
    cache.blobs.replaceAll((k, v) -> new byte[] {9, 9, 9});
    assertThat(warm(project, cache).modelsAnalysed()).isEqualTo(3);
  }
}

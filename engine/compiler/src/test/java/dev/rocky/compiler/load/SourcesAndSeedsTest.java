package dev.rocky.compiler.load;

import static dev.rocky.compiler.load.Fixtures.load;
import static dev.rocky.compiler.load.Fixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.project.Seed;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Committed source schemas, seeds and data/seed.sql. */
class SourcesAndSeedsTest {

  @Test
  void parsesSourceTablesWithWarehouseTypes() {
    LoadResult r = load(project().put("models/a.sql", "SELECT 1").put("sources/shop.toml", """
        [[table]]
        schema = "raw"
        name = "orders"
        columns = [
          { name = "id", type = "BIGINT", nullable = false },
          { name = "amount", type = "decimal(10, 2)" },
          { name = "placed_at", type = "TIMESTAMP WITH TIME ZONE" },
          { name = "tags", type = "VARCHAR[]" },
        ]

        [[table]]
        catalog = "lake"
        schema = "raw"
        name = "customers"
        columns = [{ name = "id", type = "INTEGER" }]
        """));
    assertThat(r.diagnostics()).isEmpty();
    List<SourceTable> sources = r.project().sources();
    assertThat(sources).extracting(SourceTable::key, SourceTable::file, SourceTable::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("raw.orders", "sources/shop.toml", 1),
        org.assertj.core.groups.Tuple.tuple("lake.raw.customers", "sources/shop.toml", 11));
    assertThat(sources.get(0).columns()).containsExactly(
        new TypedColumn("id", RockyType.INT64, false),
        new TypedColumn("amount", new RockyType.Decimal(10, 2), true),
        new TypedColumn("placed_at", RockyType.TIMESTAMP, true),
        new TypedColumn("tags", new RockyType.Array(RockyType.STRING), true));
  }

  @Test
  void unknownTypeNameIsAnErrorListingTheSpellings() {
    LoadResult r = load(project().put("models/a.sql", "SELECT 1").put("sources/raw.toml", """
        [[table]]
        schema = "raw"
        name = "orders"
        columns = [
          { name = "id", type = "BIGINT" },
          { name = "amount", type = "MONEY" },
        ]
        """));
    Diagnostic d = r.diagnostics().get(0);
    assertThat(r.diagnostics()).hasSize(1);
    assertThat(d.code()).isEqualTo(DiagnosticCode.V030);
    assertThat(d.message()).isEqualTo("unknown type 'MONEY' for column 'amount' of source table raw.orders");
    assertThat(d.span()).extracting(s -> s.file(), s -> s.line(), s -> s.col()).containsExactly("sources/raw.toml", 6, 22);
    assertThat(d.suggestion()).contains("BIGINT").contains("DECIMAL(p,s)").contains("TIMESTAMP");
    assertThat(r.project().sources().get(0).columns().get(1).type()).isEqualTo(RockyType.UNKNOWN);
  }

  @Test
  void aBadTableDoesNotHideTheOthers() {
    LoadResult r = load(project().put("models/a.sql", "SELECT 1").put("sources/raw.toml", """
        [[table]]
        name = "no_schema"
        columns = []

        [[table]]
        schema = "raw"
        name = "ok"
        columns = []
        """));
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("missing required key 'schema' in [table]");
      assertThat(d.span().line()).isEqualTo(1);
    });
    assertThat(r.project().sources()).extracting(SourceTable::name).containsExactly("ok");
  }

  @Test
  void loadsSeedsWithTheirSidecarsAndSeedSql() {
    LoadResult r = load(project()
        .put("models/a.sql", "SELECT 1")
        .put("seeds/countries.csv", "code,name\ngb,UK\n")
        .put("seeds/countries.toml", """
            pre_hook = ["CREATE SCHEMA IF NOT EXISTS ref"]
            [target]
            schema = "ref"
            [column_types]
            code = "VARCHAR"
            """)
        .put("seeds/plain.csv", "x\n1\n")
        .put("data/seed.sql", "CREATE TABLE raw.t (x INT);"));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.project().seeds()).containsExactly(
        new Seed("countries", "seeds/countries.csv", new TargetRef(null, "ref", "countries"), Map.of("code", "VARCHAR"),
            List.of("CREATE SCHEMA IF NOT EXISTS ref"), List.of()),
        new Seed("plain", "seeds/plain.csv", new TargetRef(null, null, "plain"), Map.of()));
    assertThat(r.project().seedSql()).isEqualTo("CREATE TABLE raw.t (x INT);");
  }

  @Test
  void noSourcesSeedsOrSeedSqlIsFine() {
    LoadResult r = load(project().put("models/a.sql", "SELECT 1"));
    assertThat(r.project().sources()).isEmpty();
    assertThat(r.project().seeds()).isEmpty();
    assertThat(r.project().seedSql()).isNull();
  }
}

package dev.rocky.adapter.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuckDbSeedCatalogTest {

  @Test
  void describesEveryTableTheSeedCreates() {
    String seed = """
        CREATE SCHEMA raw;
        CREATE TABLE raw.orders (id BIGINT NOT NULL, amount DECIMAL(10,2), placed_at TIMESTAMP, note VARCHAR);
        INSERT INTO raw.orders VALUES (1, 9.99, TIMESTAMP '2026-01-01 10:00:00', 'a');
        CREATE TABLE countries AS SELECT 'NL' AS code, true AS active;
        """;
    List<SourceTable> tables = new DuckDbSeedCatalog().describe(seed, "data/seed.sql");

    assertThat(tables).extracting(SourceTable::key).containsExactly("countries", "raw.orders");
    SourceTable orders = tables.get(1);
    assertThat(orders.file()).isEqualTo("data/seed.sql");
    assertThat(orders.columns()).containsExactly(
        new TypedColumn("id", RockyType.INT64, false),
        new TypedColumn("amount", new RockyType.Decimal(10, 2), true),
        new TypedColumn("placed_at", RockyType.TIMESTAMP, true),
        new TypedColumn("note", RockyType.STRING, true));
    assertThat(tables.get(0).columns()).extracting(TypedColumn::type).containsExactly(RockyType.STRING, RockyType.BOOLEAN);
  }

  @Test
  void aFailingSeedIsAUserErrorNamingTheFile() {
    assertThatThrownBy(() -> new DuckDbSeedCatalog().describe("CREATE TABLE t (a INT);\nSELEC 1;", "data/seed.sql"))
        .isInstanceOfSatisfying(RockyException.class, e -> {
          assertThat(e.type()).isEqualTo(ErrorType.USER_ERROR);
          assertThat(e.getMessage()).startsWith("data/seed.sql failed in DuckDB:").doesNotContain("\n");
        });
  }
}

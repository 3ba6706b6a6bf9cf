package dev.rocky.planner.replication;

import dev.rocky.core.config.ReplicationPipeline.MetadataColumn;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.Golden;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every replication statement, per dialect, against {@code golden/replication/<dialect>.sql}. */
class ReplicationSqlGoldenTest {
  private static final TableName SOURCE = new TableName("raw", "src__acme__shopify", "orders");
  private static final TableName TARGET = new TableName("acme_warehouse", "staging__shopify", "orders");
  private static final List<String> COLUMNS = List.of("id", "status", "amount", "_fivetran_synced");

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "databricks", "snowflake"})
  void statements(String dialectId) {
    SqlDialect dialect = SqlDialect.of(dev.rocky.core.project.Dialect.valueOf(dialectId.toUpperCase(java.util.Locale.ROOT)));
    ReplicationSql sql = new ReplicationSql(dialect,
        List.of(new MetadataColumn("_loaded_by", "VARCHAR", "'rocky'"), new MetadataColumn("_loaded_at", "TIMESTAMP", "CURRENT_TIMESTAMP")));
    List<String> out = new ArrayList<>();
    out.add("-- create schema\n" + sql.createSchema(TARGET).sql());
    out.add("-- first copy\n" + sql.copyAll(SOURCE, TARGET, COLUMNS, false).sql());
    out.add("-- full refresh\n" + sql.copyAll(SOURCE, TARGET, COLUMNS, true).sql());
    out.add("-- incremental\n" + sql.copyNewer(SOURCE, TARGET, COLUMNS, "_fivetran_synced",
        Instant.parse("2026-03-01T12:30:00.250Z")).sql());
    out.add("-- watermark\n" + sql.readWatermark(TARGET, "_fivetran_synced").sql());
    out.add("-- merge\n" + sql.merge(SOURCE, TARGET, COLUMNS, List.of("id")).sql());
    out.add("-- view\n" + sql.createView(SOURCE, TARGET, COLUMNS, false).sql());
    SchemaDrift.Outcome widen = new SchemaDrift(sql).compare(TARGET,
        List.of(col("id", RockyType.INT64), col("status", RockyType.STRING), col("note", RockyType.STRING)),
        List.of(col("id", RockyType.INT32), col("status", RockyType.STRING), col("_loaded_by", RockyType.STRING)));
    widen.statements().forEach(s -> out.add("-- drift: " + s.kind() + "\n" + s.sql()));
    SchemaDrift.Outcome decimal = new SchemaDrift(sql).compare(TARGET, List.of(col("amount", new RockyType.Decimal(18, 2))),
        List.of(col("amount", new RockyType.Decimal(10, 2))));
    decimal.statements().forEach(s -> out.add("-- drift: " + s.kind() + "\n" + s.sql()));
    SchemaDrift.Outcome rebuild = new SchemaDrift(sql).compare(TARGET, List.of(col("status", RockyType.INT32)),
        List.of(col("status", RockyType.STRING)));
    rebuild.statements().forEach(s -> out.add("-- drift: " + s.kind() + "\n" + s.sql()));
    Golden.assertMatches("replication/" + dialectId + ".sql", String.join(";\n\n", out) + ";\n");
  }

  private static TypedColumn col(String name, RockyType type) {
    return new TypedColumn(name, type, true);
  }
}

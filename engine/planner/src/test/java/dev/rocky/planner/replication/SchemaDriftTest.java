package dev.rocky.planner.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDriftTest {
  private static final TableName T = new TableName(null, "staging", "orders");

  private static TypedColumn c(String name, RockyType type) {
    return new TypedColumn(name, type, true);
  }

  @Test
  void sameColumnsAreNoDrift() {
    SchemaDrift.Outcome o = new SchemaDrift(new ReplicationSql(SqlDialect.DUCKDB, List.of()))
        .compare(T, List.of(c("ID", RockyType.INT64)), List.of(c("id", RockyType.INT64), c("gone", RockyType.STRING)));
    assertThat(o.drifted()).isFalse();
    assertThat(o.statements()).isEmpty();
  }

  @Test
  void widensWhereTheDialectCanAndRebuildsOtherwise() {
    List<TypedColumn> source = List.of(c("id", new RockyType.Decimal(20, 0)));
    List<TypedColumn> target = List.of(c("id", new RockyType.Decimal(10, 0)));
    assertThat(new SchemaDrift(new ReplicationSql(SqlDialect.SNOWFLAKE, List.of())).compare(T, source, target).actions())
        .extracting(DriftAction::action).containsExactly("alter_column_types");
    List<TypedColumn> wider = List.of(c("id", RockyType.INT64));
    List<TypedColumn> narrow = List.of(c("id", RockyType.INT32));
    assertThat(new SchemaDrift(new ReplicationSql(SqlDialect.SNOWFLAKE, List.of())).compare(T, wider, narrow).rebuild()).isTrue();
    assertThat(new SchemaDrift(new ReplicationSql(SqlDialect.DUCKDB, List.of())).compare(T, wider, narrow).rebuild()).isFalse();
    SchemaDrift.Outcome back = new SchemaDrift(new ReplicationSql(SqlDialect.DUCKDB, List.of())).compare(T, narrow, wider);
    assertThat(back.rebuild()).isTrue();
    assertThat(back.actions().getFirst().reason()).isEqualTo("column 'id' changed INT64 -> INT32");
  }
}

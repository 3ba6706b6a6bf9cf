package dev.rocky.app.branch;

import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;

/** The statements that copy a branch table over its production table. */
final class PromotionSql {
  private final SqlDialect dialect;

  PromotionSql(SqlDialect dialect) {
    this.dialect = dialect;
  }

  String createSchema(TableName table) {
    return "CREATE SCHEMA IF NOT EXISTS " + dialect.schema(table);
  }

  String copy(TableName from, TableName to) {
    return "CREATE OR REPLACE TABLE " + dialect.table(to) + " AS SELECT * FROM " + dialect.table(from);
  }
}

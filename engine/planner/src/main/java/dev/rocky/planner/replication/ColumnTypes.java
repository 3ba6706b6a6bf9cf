package dev.rocky.planner.replication;

import dev.rocky.core.types.RockyType;
import dev.rocky.planner.sql.DatabricksSqlDialect;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.SnowflakeSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import java.util.Optional;

/**
 * Column types as each warehouse spells them in DDL, and which type changes it can make in place.
 * The default widenings (DuckDB, Databricks) are: a wider integer, FLOAT to DOUBLE, a DECIMAL with
 * more precision and the same scale, and any number or BOOLEAN to a string. Snowflake widens only a
 * NUMBER's precision.
 */
public final class ColumnTypes {
  private ColumnTypes() {}

  /** The DDL spelling of {@code type}, or empty when it has none this engine writes. */
  public static Optional<String> sql(SqlDialect dialect, RockyType type) {
    return switch (type) {
      case RockyType.Simple s -> simple(dialect, s);
      case RockyType.Decimal d -> Optional.of(switch (dialect) {
        case SnowflakeSqlDialect sf -> "NUMBER(" + d.precision() + "," + d.scale() + ")";
        case DuckDbSqlDialect dd -> d.display();
        case DatabricksSqlDialect db -> d.display();
      });
      case RockyType.Array a -> sql(dialect, a.element()).map(e -> switch (dialect) {
        case DuckDbSqlDialect dd -> e + "[]";
        case DatabricksSqlDialect db -> "ARRAY<" + e + ">";
        case SnowflakeSqlDialect sf -> "ARRAY";
      });
      case RockyType.MapOf m -> Optional.empty();
      case RockyType.Struct s -> Optional.empty();
    };
  }

  private static Optional<String> simple(SqlDialect dialect, RockyType.Simple type) {
    String name = switch (dialect) {
      case DuckDbSqlDialect d -> switch (type) {
        case BOOLEAN -> "BOOLEAN";
        case INT32 -> "INTEGER";
        case INT64 -> "BIGINT";
        case FLOAT32 -> "REAL";
        case FLOAT64 -> "DOUBLE";
        case STRING -> "VARCHAR";
        case BINARY -> "BLOB";
        case DATE -> "DATE";
        case TIMESTAMP, TIMESTAMP_NTZ -> "TIMESTAMP";
        case VARIANT -> "JSON";
        case UNKNOWN -> null;
      };
      case DatabricksSqlDialect d -> switch (type) {
        case BOOLEAN -> "BOOLEAN";
        case INT32 -> "INT";
        case INT64 -> "BIGINT";
        case FLOAT32 -> "FLOAT";
        case FLOAT64 -> "DOUBLE";
        case STRING -> "STRING";
        case BINARY -> "BINARY";
        case DATE -> "DATE";
        case TIMESTAMP -> "TIMESTAMP";
        case TIMESTAMP_NTZ -> "TIMESTAMP_NTZ";
        case VARIANT -> "VARIANT";
        case UNKNOWN -> null;
      };
      case SnowflakeSqlDialect d -> switch (type) {
        case BOOLEAN -> "BOOLEAN";
        case INT32 -> "INTEGER";
        case INT64 -> "BIGINT";
        case FLOAT32, FLOAT64 -> "FLOAT";
        case STRING -> "VARCHAR";
        case BINARY -> "BINARY";
        case DATE -> "DATE";
        case TIMESTAMP -> "TIMESTAMP_TZ";
        case TIMESTAMP_NTZ -> "TIMESTAMP_NTZ";
        case VARIANT -> "VARIANT";
        case UNKNOWN -> null;
      };
    };
    return Optional.ofNullable(name);
  }

  /** Whether {@code dialect} can change a column from {@code from} to {@code to} in place, keeping its data. */
  public static boolean widens(SqlDialect dialect, RockyType from, RockyType to) {
    if (from instanceof RockyType.Decimal a && to instanceof RockyType.Decimal b) {
      return a.scale() == b.scale() && b.precision() > a.precision();
    }
    if (dialect instanceof SnowflakeSqlDialect) {
      return false;
    }
    if (from == RockyType.INT32 && to == RockyType.INT64) {
      return true;
    }
    if (from == RockyType.FLOAT32 && to == RockyType.FLOAT64) {
      return true;
    }
    return to == RockyType.STRING && (from.isNumeric() || from == RockyType.BOOLEAN);
  }
}

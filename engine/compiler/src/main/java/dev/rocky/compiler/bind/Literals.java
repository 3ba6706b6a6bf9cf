package dev.rocky.compiler.bind;

import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypeNames;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Literal types: integers are Int64, numbers with a decimal point Decimal(p,s) (as DuckDB types
 * them), numbers with an exponent Float64, strings String, booleans Boolean, {@code DATE '...'} Date,
 * {@code TIMESTAMP '...'} Timestamp, all non-null; {@code NULL} is an untyped, nullable Unknown.
 */
final class Literals {
  private Literals() {}

  static Typed type(SqlLiteral lit) {
    SqlTypeName tn = lit.getTypeName();
    if (SqlTypeName.INTERVAL_TYPES.contains(tn)) {
      return Typed.INTERVAL_VALUE;
    }
    switch (tn) {
      case NULL:
        return Typed.NULL;
      case BOOLEAN:
        return Typed.BOOLEAN;
      case CHAR, VARCHAR:
        return Typed.of(RockyType.STRING, false);
      case BINARY, VARBINARY:
        return Typed.of(RockyType.BINARY, false);
      case DATE:
        return Typed.of(RockyType.DATE, false);
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ:
        return Typed.of(RockyType.TIMESTAMP, false);
      case DOUBLE, REAL, FLOAT:
        return Typed.of(RockyType.FLOAT64, false);
      case DECIMAL, INTEGER, BIGINT, SMALLINT, TINYINT:
        return lit instanceof SqlNumericLiteral n ? number(n) : Typed.of(RockyType.INT64, false);
      case UNKNOWN:
        return lit instanceof SqlUnknownLiteral u ? Typed.of(TypeNames.fromSql(u.tag), false) : Typed.UNKNOWN;
      default:
        return Typed.of(RockyType.UNKNOWN, false); // symbols (TRIM's BOTH, frame bounds), TIME
    }
  }

  private static Typed number(SqlNumericLiteral n) {
    if (!n.isExact()) {
      return Typed.of(RockyType.FLOAT64, false);
    }
    Integer scale = n.getScale();
    if (scale == null || scale <= 0) {
      return Typed.of(RockyType.INT64, false);
    }
    Integer prec = n.getPrec();
    int p = Math.min(38, Math.max(prec == null ? scale : prec, scale));
    return Typed.of(new RockyType.Decimal(Math.max(1, p), Math.min(scale, Math.max(1, p))), false);
  }
}

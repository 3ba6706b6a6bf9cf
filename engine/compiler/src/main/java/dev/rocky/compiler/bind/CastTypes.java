package dev.rocky.compiler.bind;

import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypeNames;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCollectionTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlTypeNameSpec;

/** The Rocky type named by a CAST target ({@code CAST(x AS DECIMAL(10,2))}, {@code x::VARCHAR}). */
final class CastTypes {
  private CastTypes() {}

  static RockyType of(SqlDataTypeSpec spec) {
    return of(spec.getTypeNameSpec());
  }

  private static RockyType of(SqlTypeNameSpec spec) {
    if (spec instanceof SqlCollectionTypeNameSpec coll) {
      return new RockyType.Array(of(coll.getElementTypeName()));
    }
    List<String> names = spec.getTypeName().names;
    String name = names.get(names.size() - 1);
    if (spec instanceof SqlBasicTypeNameSpec basic) {
      switch (name.toUpperCase(Locale.ROOT)) {
        case "BOOLEAN":
          return RockyType.BOOLEAN;
        case "TINYINT", "SMALLINT", "INTEGER":
          return RockyType.INT32;
        case "BIGINT":
          return RockyType.INT64;
        case "REAL", "FLOAT":
          return RockyType.FLOAT32;
        case "DOUBLE":
          return RockyType.FLOAT64;
        case "CHAR", "VARCHAR":
          return RockyType.STRING;
        case "BINARY", "VARBINARY":
          return RockyType.BINARY;
        case "DATE":
          return RockyType.DATE;
        case "TIMESTAMP", "TIMESTAMP_WITH_LOCAL_TIME_ZONE", "TIMESTAMP_TZ", "TIMESTAMP_WITH_TIME_ZONE":
          return RockyType.TIMESTAMP;
        case "DECIMAL":
          int p = basic.getPrecision();
          int s = basic.getScale();
          if (p < 1) {
            return TypeNames.fromSql("DECIMAL");
          }
          return p > 38 || s > p ? RockyType.UNKNOWN : new RockyType.Decimal(p, Math.max(0, s));
        default:
          return TypeNames.fromSql(name);
      }
    }
    return TypeNames.fromSql(name);
  }
}

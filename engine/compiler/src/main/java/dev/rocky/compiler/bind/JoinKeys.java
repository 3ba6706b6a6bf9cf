package dev.rocky.compiler.bind;

import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypeRules;
import java.util.Optional;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Records join-key pairs and checks their types: E001 when they have no common supertype, W001 when
 * they differ but coerce. Nothing is reported when either side is Unknown.
 */
final class JoinKeys {
  private JoinKeys() {}

  static void check(BindContext ctx, ColumnResolver.Hit left, String leftText, ColumnResolver.Hit right,
      String rightText, SqlParserPos pos) {
    RockyType a = left.column().type();
    RockyType b = right.column().type();
    ctx.joinKeys.add(new JoinKeyPair(refOf(left), a, refOf(right), b, ctx.span(pos)));
    if (a.isUnknown() || b.isUnknown() || a.equals(b)) {
      return;
    }
    Optional<RockyType> common = TypeRules.commonSupertype(a, b);
    String pair = "`" + leftText + "` (" + a.display() + ") = `" + rightText + "` (" + b.display() + ")";
    if (common.isEmpty()) {
      ctx.report(DiagnosticCode.E001, "join keys have incompatible types: " + pair, pos,
          "cast one side explicitly, e.g. CAST(" + leftText + " AS " + sqlName(b) + ")");
    } else {
      RockyType target = common.get();
      String narrow = a.equals(target) ? rightText : leftText;
      ctx.report(DiagnosticCode.W001, "join keys differ in type and are coerced to " + target.display() + ": " + pair,
          pos, "cast explicitly to make the coercion visible, e.g. CAST(" + narrow + " AS " + sqlName(target) + ")");
    }
  }

  /** The upstream column when the key passes through directly, else relation alias and column. */
  private static ColumnRef refOf(ColumnResolver.Hit hit) {
    BoundColumn c = hit.column();
    if (c.lineage().size() == 1 && c.lineage().get(0).transform() instanceof Transform.Direct) {
      return c.lineage().get(0).source();
    }
    return new ColumnRef(hit.relation() != null ? hit.relation().alias : "?", c.name());
  }

  /** A SQL spelling of a Rocky type, for suggestions. */
  static String sqlName(RockyType t) {
    return switch (t) {
      case RockyType.Simple s -> switch (s) {
        case BOOLEAN -> "BOOLEAN";
        case INT32 -> "INTEGER";
        case INT64 -> "BIGINT";
        case FLOAT32 -> "REAL";
        case FLOAT64 -> "DOUBLE";
        case STRING -> "VARCHAR";
        case BINARY -> "BLOB";
        case DATE -> "DATE";
        case TIMESTAMP -> "TIMESTAMP";
        case TIMESTAMP_NTZ -> "TIMESTAMP_NTZ";
        case VARIANT -> "VARIANT";
        case UNKNOWN -> "?";
      };
      case RockyType.Decimal d -> "DECIMAL(" + d.precision() + "," + d.scale() + ")";
      case RockyType.Array a -> sqlName(a.element()) + "[]";
      case RockyType.MapOf m -> "MAP(" + sqlName(m.key()) + ", " + sqlName(m.value()) + ")";
      case RockyType.Struct s -> "STRUCT";
    };
  }
}

package dev.rocky.compiler.sql.fast;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.parser.Span;
import org.apache.calcite.sql.type.SqlTypeName;

/** {@code DataType} and the type names of CAST targets, as Calcite 1.42 builds them. */
final class Types {
  private Types() {}

  static SqlDataTypeSpec dataType(Cursor c) {
    SqlTypeNameSpec typeName = typeName(c);
    Span s = Span.of(typeName.getParserPos());
    if (c.isKeyword("ARRAY") || c.isKeyword("MULTISET")) {
      throw Cursor.bail();
    }
    return new SqlDataTypeSpec(typeName, s.add(typeName.getParserPos()).pos());
  }

  private static SqlTypeNameSpec typeName(Cursor c) {
    Span s = Span.of();
    String w = c.keyword();
    if (w == null) {
      if (c.kind() != Tokens.IDENT && c.kind() != Tokens.QUOTED) {
        throw Cursor.bail();
      }
      return userDefined(c, s);
    }
    switch (w) {
      case "BOOLEAN", "INTEGER", "INT", "TINYINT", "SMALLINT", "BIGINT", "REAL", "FLOAT", "DOUBLE", "VARIANT", "UUID" -> {
        c.consume();
        s.add(c.pos());
        if (c.isKeyword("UNSIGNED")) {
          throw Cursor.bail();
        }
        SqlTypeName name = switch (w) {
          case "BOOLEAN" -> SqlTypeName.BOOLEAN;
          case "INTEGER", "INT" -> SqlTypeName.INTEGER;
          case "TINYINT" -> SqlTypeName.TINYINT;
          case "SMALLINT" -> SqlTypeName.SMALLINT;
          case "BIGINT" -> SqlTypeName.BIGINT;
          case "REAL" -> SqlTypeName.REAL;
          case "FLOAT" -> SqlTypeName.FLOAT;
          case "VARIANT" -> SqlTypeName.VARIANT;
          case "UUID" -> SqlTypeName.UUID;
          default -> {
            c.acceptKeyword("PRECISION");
            yield SqlTypeName.DOUBLE;
          }
        };
        return new SqlBasicTypeNameSpec(name, c.end(s));
      }
      case "DECIMAL", "DEC", "NUMERIC" -> {
        c.consume();
        s.add(c.pos());
        int precision = -1;
        int scale = Integer.MIN_VALUE;
        if (c.acceptSymbol('(')) {
          precision = unsignedInt(c);
          if (c.acceptSymbol(',')) {
            scale = unsignedInt(c);
          }
          c.expectSymbol(')');
        }
        return new SqlBasicTypeNameSpec(SqlTypeName.DECIMAL, precision, scale, c.end(s));
      }
      case "CHAR", "CHARACTER", "VARCHAR" -> {
        c.consume();
        s.add(c.pos());
        SqlTypeName name = w.equals("VARCHAR") ? SqlTypeName.VARCHAR
            : c.acceptKeyword("VARYING") ? SqlTypeName.VARCHAR : SqlTypeName.CHAR;
        int precision = precisionOpt(c);
        if (c.isKeyword("CHARACTER")) {
          throw Cursor.bail();
        }
        return new SqlBasicTypeNameSpec(name, precision, null, c.end(s));
      }
      case "DATE" -> {
        c.consume();
        return new SqlBasicTypeNameSpec(SqlTypeName.DATE, c.pos());
      }
      case "TIMESTAMP", "TIME" -> {
        c.consume();
        Span ts = c.span();
        int precision = precisionOpt(c);
        if (c.isKeyword("WITH") || c.isKeyword("WITHOUT")) {
          throw Cursor.bail();
        }
        return new SqlBasicTypeNameSpec(w.equals("TIME") ? SqlTypeName.TIME : SqlTypeName.TIMESTAMP, precision,
            c.end(ts));
      }
      default -> {
        if (c.atIdentifier(0) && !w.equals("ROW") && !w.equals("MAP")) {
          return userDefined(c, s);
        }
        throw Cursor.bail();
      }
    }
  }

  /** {@code CompoundIdentifier} as a type name: a user-defined type ({@code STRING}, {@code HUGEINT}, ...). */
  private static SqlTypeNameSpec userDefined(Cursor c, Span s) {
    List<String> names = new ArrayList<>(1);
    List<SqlParserPos> positions = new ArrayList<>(1);
    ExpressionParser.segmentOf(c, names, positions);
    while (c.isSymbol('.') && c.atIdentifier(1)) {
      c.consume();
      ExpressionParser.segmentOf(c, names, positions);
    }
    if (c.isSymbol('.') || c.isSymbol('(')) {
      throw Cursor.bail();
    }
    SqlIdentifier id = new SqlIdentifier(names, null, SqlParserPos.sum(positions), positions);
    return new SqlUserDefinedTypeNameSpec(id, c.end(s));
  }

  private static int precisionOpt(Cursor c) {
    if (!c.acceptSymbol('(')) {
      return -1;
    }
    int p = unsignedInt(c);
    c.expectSymbol(')');
    return p;
  }

  private static int unsignedInt(Cursor c) {
    if (c.kind() != Tokens.INTEGER) {
      throw Cursor.bail();
    }
    c.consume();
    try {
      return Integer.parseInt(c.t.image(c.next - 1));
    } catch (NumberFormatException e) {
      throw Cursor.bail();
    }
  }
}

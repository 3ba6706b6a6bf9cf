package dev.rocky.compiler.sql.fast;

import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * Compares two Calcite trees node by node: class, kind, operator, positions (with quoting), identifier
 * parts and their positions, literal values, type specs. Returns the first difference, or null.
 */
public final class TreeDiff {
  private TreeDiff() {}

  public static @Nullable String diff(@Nullable SqlNode a, @Nullable SqlNode b) {
    return diff(a, b, "root");
  }

  private static @Nullable String diff(@Nullable SqlNode a, @Nullable SqlNode b, String path) {
    if (a == null || b == null) {
      return a == b ? null : path + ": " + a + " vs " + b;
    }
    if (a.getClass() != b.getClass()) {
      return path + ": class " + a.getClass().getSimpleName() + " vs " + b.getClass().getSimpleName();
    }
    if (a.getKind() != b.getKind()) {
      return path + ": kind " + a.getKind() + " vs " + b.getKind();
    }
    String p = pos(a.getParserPosition(), b.getParserPosition(), path + " (" + a.getKind() + " " + a + ")");
    if (p != null) {
      return p;
    }
    if (a instanceof SqlIdentifier x && b instanceof SqlIdentifier y) {
      if (!x.names.equals(y.names)) {
        return path + ": names " + x.names + " vs " + y.names;
      }
      for (int i = 0; i < x.names.size(); i++) {
        String d = pos(x.getComponentParserPosition(i), y.getComponentParserPosition(i), path + ".component" + i);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (a instanceof SqlLiteral x && b instanceof SqlLiteral y) {
      if (x.getTypeName() != y.getTypeName() || !Objects.equals(x.getValue(), y.getValue())
          || !Objects.equals(String.valueOf(x), String.valueOf(y))) {
        return path + ": literal " + x.getTypeName() + " " + x + " vs " + y.getTypeName() + " " + y;
      }
      return null;
    }
    if (a instanceof SqlDataTypeSpec x && b instanceof SqlDataTypeSpec y) {
      if (!x.toString().equals(y.toString()) || x.getTypeNameSpec().getClass() != y.getTypeNameSpec().getClass()) {
        return path + ": type " + x + " vs " + y;
      }
      return pos(x.getTypeNameSpec().getParserPos(), y.getTypeNameSpec().getParserPos(), path + ".typeName");
    }
    if (a instanceof SqlIntervalQualifier x && b instanceof SqlIntervalQualifier y) {
      return x.toString().equals(y.toString()) ? null : path + ": interval " + x + " vs " + y;
    }
    if (a instanceof SqlDynamicParam x && b instanceof SqlDynamicParam y) {
      return x.getIndex() == y.getIndex() ? null : path + ": param " + x.getIndex() + " vs " + y.getIndex();
    }
    if (a instanceof SqlNodeList x && b instanceof SqlNodeList y) {
      return list(x.getList(), y.getList(), path);
    }
    if (a instanceof SqlCall x && b instanceof SqlCall y) {
      String d = operator(x.getOperator(), y.getOperator(), path);
      if (d != null) {
        return d;
      }
      d = diff(x.getFunctionQuantifier(), y.getFunctionQuantifier(), path + ".quantifier");
      if (d != null) {
        return d;
      }
      return list(x.getOperandList(), y.getOperandList(), path + "/" + x.getOperator().getName());
    }
    return a.toString().equals(b.toString()) ? null : path + ": " + a + " vs " + b;
  }

  private static @Nullable String list(List<@Nullable SqlNode> x, List<@Nullable SqlNode> y, String path) {
    if (x.size() != y.size()) {
      return path + ": size " + x.size() + " vs " + y.size();
    }
    for (int i = 0; i < x.size(); i++) {
      String d = diff(x.get(i), y.get(i), path + "[" + i + "]");
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static @Nullable String operator(SqlOperator x, SqlOperator y, String path) {
    if (x == y) {
      return null;
    }
    if (x.getClass() != y.getClass() || !x.getName().equals(y.getName()) || x.getKind() != y.getKind()) {
      return path + ": operator " + x.getClass().getSimpleName() + ":" + x.getName() + " vs "
          + y.getClass().getSimpleName() + ":" + y.getName();
    }
    if (x instanceof SqlFunction fx && y instanceof SqlFunction fy && fx.getFunctionType() != fy.getFunctionType()) {
      return path + ": function type " + fx.getFunctionType() + " vs " + fy.getFunctionType();
    }
    if (x instanceof SqlUnresolvedFunction fx && y instanceof SqlUnresolvedFunction fy) {
      return diff(fx.getSqlIdentifier(), fy.getSqlIdentifier(), path + ".name");
    }
    if (!(x instanceof SqlFunction)) {
      return path + ": different operator instances " + x + " / " + y;
    }
    return null;
  }

  private static @Nullable String pos(SqlParserPos a, SqlParserPos b, String path) {
    if (a.getLineNum() != b.getLineNum() || a.getColumnNum() != b.getColumnNum()
        || a.getEndLineNum() != b.getEndLineNum() || a.getEndColumnNum() != b.getEndColumnNum()
        || a.isQuoted() != b.isQuoted()) {
      return path + ": pos " + a + "-" + a.getEndLineNum() + ":" + a.getEndColumnNum() + (a.isQuoted() ? "q" : "")
          + " vs " + b + "-" + b.getEndLineNum() + ":" + b.getEndColumnNum() + (b.isQuoted() ? "q" : "");
    }
    return null;
  }
}

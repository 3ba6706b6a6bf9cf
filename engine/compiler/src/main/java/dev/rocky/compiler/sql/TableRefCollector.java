package dev.rocky.compiler.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * Collects the tables a query reads: identifiers in FROM position anywhere in the tree (subqueries,
 * CTE bodies, set operations, LATERAL, IN/EXISTS), minus the names of CTEs visible at that point.
 */
final class TableRefCollector {
  private final List<TableReference> out = new ArrayList<>();
  private final SourceMap map;
  /** CTE names in scope, innermost last. */
  private final List<String> ctes = new ArrayList<>();

  private TableRefCollector(SourceMap map) {
    this.map = map;
  }

  static List<TableReference> collect(SqlNode query, SourceMap map) {
    TableRefCollector c = new TableRefCollector(map);
    c.query(query);
    return c.out;
  }

  private void query(SqlNode node) {
    if (node instanceof SqlSelect select) {
      from(select.getFrom());
      expr(select.getSelectList());
      expr(select.getWhere());
      expr(select.getGroup());
      expr(select.getHaving());
      expr(select.getQualify());
      expr(select.getWindowList());
      expr(select.getOrderList());
    } else if (node instanceof SqlWith with) {
      int mark = ctes.size();
      for (SqlNode item : with.withList) {
        SqlWithItem w = (SqlWithItem) item;
        boolean recursive = w.recursive != null && w.recursive.booleanValue();
        if (recursive) {
          ctes.add(w.name.getSimple());
          query(w.query);
        } else {
          query(w.query);
          ctes.add(w.name.getSimple());
        }
      }
      query(with.body);
      truncate(mark);
    } else if (node instanceof SqlOrderBy orderBy) {
      query(orderBy.query);
      expr(orderBy.orderList);
    } else {
      expr(node);
    }
  }

  private void from(@Nullable SqlNode node) {
    if (node == null) {
      return;
    }
    if (node instanceof SqlIdentifier id) {
      table(id);
    } else if (node instanceof SqlJoin join) {
      from(join.getLeft());
      from(join.getRight());
      expr(join.getCondition());
    } else if (node instanceof SqlCall call) {
      switch (call.getKind()) {
        case AS, LATERAL, TABLESAMPLE, SNAPSHOT, TABLE_REF, EXTEND, PIVOT, UNPIVOT -> from(call.operand(0));
        case SELECT, WITH, ORDER_BY, UNION, INTERSECT, EXCEPT, VALUES -> query(call);
        default -> expr(call);
      }
    }
  }

  private void table(SqlIdentifier id) {
    if (id.names.size() == 1 && isCte(id.names.get(0))) {
      return;
    }
    SqlParserPos pos = id.getParserPosition();
    int start = map.startCol(pos.getLineNum(), pos.getColumnNum());
    int length = pos.getEndLineNum() == pos.getLineNum()
        ? map.endCol(pos.getLineNum(), pos.getEndColumnNum()) - start + 1 : 1;
    out.add(new TableReference(id.names, pos.getLineNum(), start, length));
  }

  private boolean isCte(String name) {
    for (int i = ctes.size() - 1; i >= 0; i--) {
      if (ctes.get(i).equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** Walks an expression looking for nested queries. */
  private void expr(@Nullable SqlNode node) {
    if (node == null) {
      return;
    }
    if (node instanceof SqlNodeList list) {
      for (SqlNode n : list) {
        expr(n);
      }
    } else if (node instanceof SqlSelect || node instanceof SqlWith || node instanceof SqlOrderBy) {
      query(node);
    } else if (node instanceof SqlCall call) {
      for (SqlNode operand : call.getOperandList()) {
        expr(operand);
      }
    }
  }

  private void truncate(int size) {
    while (ctes.size() > size) {
      ctes.remove(ctes.size() - 1);
    }
  }
}

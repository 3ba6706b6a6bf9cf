package dev.rocky.compiler.sql.fast;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSelectKeyword;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.parser.SqlParserUtil;
import org.apache.calcite.sql.parser.Span;

/**
 * Queries, ported from Calcite 1.42's {@code Parser.jj} ({@code OrderedQueryOrExpr},
 * {@code QueryOrExpr}, {@code WithList}, {@code SqlSelect}, {@code FromClause}, {@code JoinTable},
 * {@code TableRef3}, {@code GroupBy}, {@code OrderBy}, {@code OrderByLimitOpt},
 * {@code WindowSpecification}) for the common subset; see {@link ExpressionParser}.
 */
final class QueryParser {
  private final Cursor c;
  private final ExpressionParser e;

  QueryParser(Cursor c) {
    this.c = c;
    this.e = new ExpressionParser(c, this);
  }

  /** {@code SqlStmtEof} for a query statement. */
  SqlNode statement() {
    if (!c.isKeyword("SELECT") && !c.isKeyword("WITH")) {
      throw Cursor.bail();
    }
    SqlNode q = orderedQueryOrExpr(true);
    if (c.kind() != Tokens.EOF) {
      throw Cursor.bail();
    }
    return q;
  }

  /** {@code OrderedQueryOrExpr}: a query or an expression, then ORDER BY / LIMIT / OFFSET. */
  SqlNode orderedQueryOrExpr(boolean allowQuery) {
    return orderByLimitOpt(queryOrExpr(allowQuery));
  }

  private SqlNode queryOrExpr(boolean allowQuery) {
    SqlNodeList withList = null;
    if (c.isKeyword("WITH")) {
      if (!allowQuery) {
        throw Cursor.bail();
      }
      withList = withList();
    }
    List<Object> list = new ArrayList<>(1);
    list.add(leafQueryOrExpr(allowQuery));
    while (c.isKeyword("UNION") || c.isKeyword("INTERSECT") || c.isKeyword("EXCEPT")) {
      if (!allowQuery || !((SqlNode) list.get(0)).isA(SqlKind.QUERY)) {
        throw Cursor.bail();
      }
      SqlOperator op = setOperator();
      SqlParserPos pos = c.pos();
      if (!c.isKeyword("SELECT")) {
        throw Cursor.bail();
      }
      list.add(new SqlParserUtil.ToTreeListItem(op, pos));
      list.add(select());
    }
    SqlNode q = SqlParserUtil.toTree(list);
    return withList == null ? q : new SqlWith(withList.getParserPosition(), withList, q);
  }

  private SqlNode leafQueryOrExpr(boolean allowQuery) {
    if (c.isKeyword("SELECT")) {
      if (!allowQuery) {
        throw Cursor.bail();
      }
      return select();
    }
    if (c.isKeyword("VALUES") || c.isKeyword("TABLE")) {
      throw Cursor.bail();
    }
    return e.expression();
  }

  private SqlOperator setOperator() {
    String w = c.keyword();
    c.consume();
    boolean all = c.acceptKeyword("ALL");
    if (!all) {
      c.acceptKeyword("DISTINCT");
    }
    return switch (w == null ? "" : w) {
      case "UNION" -> all ? SqlStdOperatorTable.UNION_ALL : SqlStdOperatorTable.UNION;
      case "INTERSECT" -> all ? SqlStdOperatorTable.INTERSECT_ALL : SqlStdOperatorTable.INTERSECT;
      default -> all ? SqlStdOperatorTable.EXCEPT_ALL : SqlStdOperatorTable.EXCEPT;
    };
  }

  /** {@code WithList}. */
  private SqlNodeList withList() {
    c.expectKeyword("WITH");
    boolean recursive = c.acceptKeyword("RECURSIVE");
    Span s = c.span();
    List<SqlWithItem> list = new ArrayList<>(2);
    list.add(withItem(SqlLiteral.createBoolean(recursive, c.pos())));
    while (c.acceptSymbol(',')) {
      list.add(withItem(SqlLiteral.createBoolean(recursive, c.pos())));
    }
    return new SqlNodeList(list, c.end(s));
  }

  private SqlWithItem withItem(SqlLiteral recursive) {
    SqlIdentifier id = e.simpleIdentifier();
    SqlNodeList columns = c.isSymbol('(') ? parenthesizedSimpleIdentifierList() : null;
    c.expectKeyword("AS");
    SqlNode definition = parenthesizedQuery();
    return new SqlWithItem(id.getParserPosition(), id, columns, definition, recursive);
  }

  /** {@code ParenthesizedExpression} around a query ({@code ExprOrJoinOrOrderedQuery}'s query branch). */
  private SqlNode parenthesizedQuery() {
    c.expectSymbol('(');
    if (!c.isKeyword("SELECT") && !c.isKeyword("WITH")) {
      throw Cursor.bail();
    }
    SqlNode q = orderedQueryOrExpr(true);
    c.expectSymbol(')');
    return q;
  }

  /** {@code SqlSelect}. */
  SqlSelect select() {
    c.expectKeyword("SELECT");
    Span s = c.span();
    List<SqlLiteral> keywords = new ArrayList<>(1);
    if (c.isKeyword("STREAM")) {
      throw Cursor.bail();
    }
    if (c.isKeyword("DISTINCT") || c.isKeyword("ALL")) {
      boolean distinct = c.isKeyword("DISTINCT");
      c.consume();
      keywords.add((distinct ? SqlSelectKeyword.DISTINCT : SqlSelectKeyword.ALL).symbol(c.pos()));
    }
    SqlNodeList keywordList = new SqlNodeList(keywords, s.addAll(keywords).pos());
    List<SqlNode> selectList = new ArrayList<>(12);
    selectItem(selectList);
    while (c.acceptSymbol(',')) {
      selectItem(selectList);
    }
    SqlNode from = null;
    SqlNode where = null;
    SqlNodeList groupBy = null;
    SqlNode having = null;
    SqlNode qualify = null;
    if (c.acceptKeyword("FROM")) {
      from = fromClause();
      if (c.acceptKeyword("WHERE")) {
        where = e.expression();
      }
      if (c.isKeyword("GROUP")) {
        groupBy = groupBy();
      }
      if (c.acceptKeyword("HAVING")) {
        having = e.expression();
      }
      if (c.isKeyword("WINDOW")) {
        throw Cursor.bail();
      }
      if (c.acceptKeyword("QUALIFY")) {
        qualify = e.expression();
      }
    }
    return new SqlSelect(c.end(s), keywordList, new SqlNodeList(selectList, Span.of(selectList).pos()), from, where,
        groupBy, having, null, qualify, null, null, null, new SqlNodeList(List.of(), c.pos()));
  }

  /** {@code AddSelectItem}: {@code *}, or an expression with an optional alias. */
  private void selectItem(List<SqlNode> list) {
    SqlNode item;
    if (c.isSymbol('*')) {
      c.consume();
      item = SqlIdentifier.star(c.pos());
    } else {
      if (c.isKeyword("SELECT") || c.isKeyword("WITH")) {
        throw Cursor.bail();
      }
      item = e.expression();
    }
    boolean as = c.acceptKeyword("AS");
    if (as && c.isKeyword("MEASURE")) {
      throw Cursor.bail();
    }
    if (c.atIdentifier(0)) {
      SqlIdentifier id = e.simpleIdentifier();
      list.add(SqlStdOperatorTable.AS.createCall(c.span().end(item), item, id));
    } else if (as || c.kind() == Tokens.STRING) {
      throw Cursor.bail();
    } else {
      list.add(item);
    }
  }

  /** {@code FromClause}: table references joined by commas or JOINs. */
  private SqlNode fromClause() {
    SqlNode left = tableRef();
    while (true) {
      if (c.isSymbol(',')) {
        c.consume();
        SqlLiteral joinType = JoinType.COMMA.symbol(c.pos());
        SqlNode right = tableRef();
        left = new SqlJoin(joinType.getParserPosition(), left, SqlLiteral.createBoolean(false, joinType.getParserPosition()),
            joinType, right, JoinConditionType.NONE.symbol(SqlParserPos.ZERO), null);
      } else if (joinAhead()) {
        left = joinTable(left);
      } else {
        return left;
      }
    }
  }

  private boolean joinAhead() {
    String w = c.keyword();
    if (w == null) {
      return false;
    }
    return switch (w) {
      case "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS" -> true;
      case "NATURAL", "ASOF", "OUTER" -> throw Cursor.bail();
      default -> false;
    };
  }

  /** {@code JoinTable}. */
  private SqlNode joinTable(SqlNode left) {
    SqlLiteral natural = SqlLiteral.createBoolean(false, c.pos());
    SqlLiteral joinType = joinType();
    SqlNode right = tableRef();
    if (c.isKeyword("MATCH_CONDITION")) {
      throw Cursor.bail();
    }
    if (c.acceptKeyword("ON")) {
      SqlLiteral on = JoinConditionType.ON.symbol(c.pos());
      SqlNode condition = e.expression();
      return new SqlJoin(joinType.getParserPosition(), left, natural, joinType, right, on, condition);
    }
    if (c.acceptKeyword("USING")) {
      SqlLiteral using = JoinConditionType.USING.symbol(c.pos());
      SqlNodeList list = parenthesizedSimpleIdentifierList();
      return new SqlJoin(joinType.getParserPosition(), left, natural, joinType, right, using,
          new SqlNodeList(list, Span.of(using).add(c.pos()).pos()));
    }
    return new SqlJoin(joinType.getParserPosition(), left, natural, joinType, right,
        JoinConditionType.NONE.symbol(joinType.getParserPosition()), null);
  }

  private SqlLiteral joinType() {
    String w = c.keyword();
    c.consume();
    JoinType type = switch (w == null ? "" : w) {
      case "JOIN" -> JoinType.INNER;
      case "INNER" -> {
        c.expectKeyword("JOIN");
        yield JoinType.INNER;
      }
      case "LEFT", "RIGHT", "FULL" -> {
        if (c.isKeyword("ASOF") || c.isKeyword("SEMI") || c.isKeyword("ANTI")) {
          throw Cursor.bail();
        }
        c.acceptKeyword("OUTER");
        c.expectKeyword("JOIN");
        yield w.equals("LEFT") ? JoinType.LEFT : w.equals("RIGHT") ? JoinType.RIGHT : JoinType.FULL;
      }
      case "CROSS" -> {
        c.expectKeyword("JOIN");
        yield JoinType.CROSS;
      }
      default -> throw Cursor.bail();
    };
    return type.symbol(c.pos());
  }

  /** {@code TableRef3}: a table name or a parenthesized query, with an optional alias. */
  private SqlNode tableRef() {
    SqlNode tableRef;
    if (c.atIdentifier(0)) {
      List<String> names = new ArrayList<>(2);
      List<SqlParserPos> positions = new ArrayList<>(2);
      tableSegment(names, positions);
      while (c.isSymbol('.') && c.atIdentifier(1)) {
        c.consume();
        tableSegment(names, positions);
      }
      tableRef = new SqlIdentifier(names, null, SqlParserPos.sum(positions), positions);
      if (c.isSymbol('(') || c.isSymbol('.') || c.isKeyword("EXTEND") || c.isKeyword("FOR")
          || c.isKeyword("MATCH_RECOGNIZE")) {
        throw Cursor.bail();
      }
    } else if (c.isSymbol('(')) {
      tableRef = parenthesizedQuery();
    } else {
      throw Cursor.bail();
    }
    if (c.isKeyword("PIVOT") || c.isKeyword("UNPIVOT")) {
      throw Cursor.bail();
    }
    boolean as = c.acceptKeyword("AS");
    if (c.atIdentifier(0)) {
      SqlIdentifier alias = e.simpleIdentifier();
      if (c.isSymbol('(')) {
        throw Cursor.bail();
      }
      tableRef = SqlStdOperatorTable.AS.createCall(Span.of(tableRef).add(c.pos()).pos(), tableRef, alias);
    } else if (as) {
      throw Cursor.bail();
    }
    if (c.isKeyword("TABLESAMPLE")) {
      throw Cursor.bail();
    }
    return tableRef;
  }

  /** {@code AddTableIdentifierSegment}: a quoted name with a dot would be split by some conformances. */
  private void tableSegment(List<String> names, List<SqlParserPos> positions) {
    e.segment(names, positions);
    if (positions.get(positions.size() - 1).isQuoted() && names.get(names.size() - 1).contains(".")) {
      throw Cursor.bail();
    }
  }

  private SqlNodeList parenthesizedSimpleIdentifierList() {
    c.expectSymbol('(');
    Span s = c.span();
    List<SqlNode> list = new ArrayList<>(2);
    list.add(e.simpleIdentifier());
    while (c.acceptSymbol(',')) {
      list.add(e.simpleIdentifier());
    }
    c.expectSymbol(')');
    return new SqlNodeList(list, c.end(s));
  }

  /** {@code GroupBy}. */
  private SqlNodeList groupBy() {
    c.expectKeyword("GROUP");
    Span s = c.span();
    c.expectKeyword("BY");
    if (c.isKeyword("DISTINCT") || c.isKeyword("ALL")) {
      throw Cursor.bail();
    }
    List<SqlNode> list = new ArrayList<>(4);
    groupingElement(list);
    while (c.isSymbol(',')) {
      c.consume();
      groupingElement(list);
    }
    return new SqlNodeList(list, c.end(s));
  }

  private void groupingElement(List<SqlNode> list) {
    if (c.isKeyword("GROUPING") || c.isKeyword("ROLLUP") || c.isKeyword("CUBE")) {
      throw Cursor.bail();
    }
    if (c.isSymbol('(') && c.isSymbol(1, ')')) {
      c.consume();
      Span s = c.span();
      c.consume();
      list.add(new SqlNodeList(c.end(s)));
      return;
    }
    list.add(e.expression());
  }

  /** {@code OrderBy}. */
  SqlNodeList orderBy() {
    c.expectKeyword("ORDER");
    Span s = c.span();
    c.expectKeyword("BY");
    List<SqlNode> list = new ArrayList<>(2);
    orderItem(list);
    while (c.isSymbol(',')) {
      c.consume();
      orderItem(list);
    }
    return new SqlNodeList(list, s.addAll(list).pos());
  }

  private void orderItem(List<SqlNode> list) {
    SqlNode item = e.expression();
    if (c.isKeyword("AS")) {
      throw Cursor.bail();
    }
    if (c.acceptKeyword("DESC")) {
      item = SqlStdOperatorTable.DESC.createCall(c.pos(), item);
    } else {
      c.acceptKeyword("ASC");
    }
    if (c.isKeyword("NULLS")) {
      c.consume();
      if (c.acceptKeyword("FIRST")) {
        item = SqlStdOperatorTable.NULLS_FIRST.createCall(c.pos(), item);
      } else {
        c.expectKeyword("LAST");
        item = SqlStdOperatorTable.NULLS_LAST.createCall(c.pos(), item);
      }
    }
    list.add(item);
  }

  /** {@code OrderByLimitOpt}: ORDER BY, then LIMIT n [OFFSET m] or OFFSET m [LIMIT n]. */
  private SqlNode orderByLimitOpt(SqlNode q) {
    SqlNodeList order = null;
    if (c.isKeyword("ORDER")) {
      if (!q.isA(SqlKind.QUERY)) {
        throw Cursor.bail();
      }
      order = orderBy();
    }
    SqlNode offset = null;
    SqlNode fetch = null;
    boolean limit = false;
    if (c.acceptKeyword("LIMIT")) {
      limit = true;
      if (c.acceptKeyword("ALL")) {
        fetch = null;
      } else {
        fetch = unsignedNumericLiteralOrParam();
        if (c.isSymbol(',')) {
          throw Cursor.bail();
        }
      }
    }
    if (c.acceptKeyword("OFFSET")) {
      offset = unsignedNumericLiteralOrParam();
      if (!c.acceptKeyword("ROW")) {
        c.acceptKeyword("ROWS");
      }
      if (!limit && c.isKeyword("LIMIT")) {
        throw Cursor.bail();
      }
    }
    if (c.isKeyword("FETCH") || (limit && c.isKeyword("LIMIT"))) {
      throw Cursor.bail();
    }
    if (order != null || offset != null || fetch != null) {
      return new SqlOrderBy(c.pos(), q, order == null ? SqlNodeList.EMPTY : order, offset, fetch);
    }
    return q;
  }

  private SqlNode unsignedNumericLiteralOrParam() {
    if (c.kind() == Tokens.INTEGER || c.kind() == Tokens.DECIMAL) {
      c.consume();
      return SqlLiteral.createExactNumeric(c.t.image(c.next - 1), c.pos());
    }
    if (c.kind() == Tokens.APPROX) {
      c.consume();
      return SqlLiteral.createApproxNumeric(c.t.image(c.next - 1), c.pos());
    }
    if (c.isSymbol('?')) {
      c.consume();
      return new SqlDynamicParam(c.dynamicParams++, c.pos());
    }
    throw Cursor.bail();
  }

  /** {@code WindowSpecification}: {@code ( [name] [PARTITION BY ..] [ORDER BY ..] [ROWS|RANGE ..] )}. */
  SqlWindow windowSpecification() {
    c.expectSymbol('(');
    Span s = c.span();
    SqlIdentifier id = null;
    if (c.kind() == Tokens.IDENT || c.kind() == Tokens.QUOTED) {
      id = e.simpleIdentifier();
    } else if (c.kind() == Tokens.KEYWORD && !c.t.reserved(c.next)) {
      throw Cursor.bail();
    }
    SqlNodeList partitionList = SqlNodeList.EMPTY;
    if (c.acceptKeyword("PARTITION")) {
      Span s1 = c.span();
      c.expectKeyword("BY");
      partitionList = e.expressionCommaList(s1);
    }
    SqlNodeList orderList = c.isKeyword("ORDER") ? orderBy() : SqlNodeList.EMPTY;
    SqlLiteral isRows;
    SqlNode lower = null;
    SqlNode upper = null;
    SqlLiteral exclude;
    if (c.isKeyword("ROWS") || c.isKeyword("RANGE")) {
      boolean rows = c.isKeyword("ROWS");
      c.consume();
      isRows = SqlLiteral.createBoolean(rows, c.pos());
      if (c.acceptKeyword("BETWEEN")) {
        lower = windowRange();
        c.expectKeyword("AND");
        upper = windowRange();
      } else {
        lower = windowRange();
      }
      if (c.isKeyword("EXCLUDE")) {
        throw Cursor.bail();
      }
      exclude = SqlWindow.createExcludeNoOthers(SqlParserPos.ZERO);
    } else {
      isRows = SqlLiteral.createBoolean(false, SqlParserPos.ZERO);
      exclude = SqlWindow.createExcludeNoOthers(c.pos());
    }
    if (c.isKeyword("ALLOW") || c.isKeyword("DISALLOW") || c.isKeyword("GROUPS")) {
      throw Cursor.bail();
    }
    c.expectSymbol(')');
    return SqlWindow.create(null, id, partitionList, orderList, isRows, lower, upper, null, exclude, c.end(s));
  }

  private SqlNode windowRange() {
    if (c.isKeyword("CURRENT") && c.isKeyword(1, "ROW")) {
      c.consume();
      Span s = c.span();
      c.consume();
      return SqlWindow.createCurrentRow(c.end(s));
    }
    if (c.isKeyword("UNBOUNDED")) {
      c.consume();
      Span s = c.span();
      if (c.acceptKeyword("PRECEDING")) {
        return SqlWindow.createUnboundedPreceding(c.end(s));
      }
      c.expectKeyword("FOLLOWING");
      return SqlWindow.createUnboundedFollowing(c.end(s));
    }
    SqlNode bound = e.expression();
    if (c.acceptKeyword("PRECEDING")) {
      return SqlWindow.createPreceding(bound, c.pos());
    }
    c.expectKeyword("FOLLOWING");
    return SqlWindow.createFollowing(bound, c.pos());
  }
}

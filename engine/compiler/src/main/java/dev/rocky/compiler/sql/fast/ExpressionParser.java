package dev.rocky.compiler.sql.fast;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelectKeyword;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.parser.SqlParserUtil;
import org.apache.calcite.sql.parser.Span;
import org.jspecify.annotations.Nullable;

/**
 * Expressions, ported production by production from Calcite 1.42's {@code Parser.jj}
 * ({@code Expression}, {@code Expression2}, {@code AddExpression2b}, {@code Expression3},
 * {@code AtomicRowExpression}, literals, identifiers, calls, CASE, CAST, TRIM): the same operators,
 * the same {@code Span} arithmetic, and {@link SqlParserUtil#toTree} for precedence, so the trees
 * and their positions are Calcite's. Anything outside the subset {@linkplain Cursor#bail() bails}.
 */
final class ExpressionParser {
  private final Cursor c;
  private final QueryParser queries;

  /** Keywords that name plain function calls ({@code ReservedFunctionName}, without those with a grammar of their own). */
  private static final Set<String> FUNCTION_KEYWORDS = Set.of("ABS", "AVG", "CARDINALITY", "CHAR_LENGTH",
      "CHARACTER_LENGTH", "COALESCE", "COLLECT", "COVAR_POP", "COVAR_SAMP", "CUME_DIST", "COUNT", "DENSE_RANK",
      "ELEMENT", "EVERY", "EXP", "FIRST_VALUE", "FUSION", "INTERSECTION", "GROUPING", "HOUR", "LAG", "LEAD",
      "LAST_VALUE", "LN", "LOWER", "MAX", "MIN", "MINUTE", "MOD", "MONTH", "NTH_VALUE", "NTILE", "NULLIF",
      "OCTET_LENGTH", "PERCENT_RANK", "POWER", "RANK", "REGR_COUNT", "REGR_SXX", "REGR_SYY", "ROW_NUMBER", "SECOND",
      "SQRT", "STDDEV_POP", "STDDEV_SAMP", "SUM", "UPPER", "TRUNCATE", "VAR_POP", "VAR_SAMP", "YEAR");

  /** Non-reserved keywords that start a call with a grammar of its own. */
  private static final Set<String> SPECIAL_CALLS = Set.of("ARRAY_AGG", "ARRAY_CONCAT_AGG", "CONTAINS_SUBSTR",
      "DATE_DIFF", "DATE_TRUNC", "DATETIME_DIFF", "DATETIME_TRUNC", "FINAL", "FIRST", "GROUP_CONCAT", "HOP", "LAST", "MAP",
      "SESSION", "STRING_AGG", "TIME_DIFF", "TIME_TRUNC", "TIMESTAMP_DIFF", "TIMESTAMP_TRUNC", "TIMESTAMPADD",
      "TIMESTAMPDIFF", "TUMBLE");

  /** {@code ContextVariable}: keywords that are identifiers when no parenthesis follows. */
  private static final Set<String> CONTEXT_VARIABLES = Set.of("CURRENT_CATALOG", "CURRENT_DATE",
      "CURRENT_DEFAULT_TRANSFORM_GROUP", "CURRENT_PATH", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME",
      "CURRENT_TIMESTAMP", "CURRENT_USER", "LOCALTIME", "LOCALTIMESTAMP", "SESSION_USER", "SYSTEM_USER", "USER");

  private static final int IDENTIFIER_MAX_LENGTH = 128;

  ExpressionParser(Cursor c, QueryParser queries) {
    this.c = c;
    this.queries = queries;
  }

  /** {@code Expression}. */
  SqlNode expression() {
    return SqlParserUtil.toTree(expression2());
  }

  /** {@code Expression2}: operands and operators, flat, for {@link SqlParserUtil#toTree}. */
  List<Object> expression2() {
    List<Object> list = new ArrayList<>(4);
    addExpression2b(list);
    while (true) {
      int before = c.next;
      if (c.isKeyword("IN") || (c.isKeyword("NOT") && c.isKeyword(1, "IN"))) {
        SqlOperator op = c.isKeyword("NOT") ? SqlStdOperatorTable.NOT_IN : SqlStdOperatorTable.IN;
        c.consume();
        if (op == SqlStdOperatorTable.NOT_IN) {
          c.consume();
        }
        Span s = c.span();
        SqlNodeList nodeList = parenthesizedQueryOrCommaList();
        list.add(new SqlParserUtil.ToTreeListItem(op, s.pos()));
        if (nodeList.size() == 1 && nodeList.get(0).isA(SqlKind.QUERY)) {
          list.add(nodeList.get(0));
        } else {
          list.add(nodeList);
        }
      } else if (c.isKeyword("BETWEEN") || (c.isKeyword("NOT") && c.isKeyword(1, "BETWEEN"))) {
        SqlOperator op = c.isKeyword("NOT") ? SqlStdOperatorTable.NOT_BETWEEN : SqlStdOperatorTable.BETWEEN;
        c.consume();
        if (op == SqlStdOperatorTable.NOT_BETWEEN) {
          c.consume();
        }
        Span s = c.span();
        if (c.isKeyword("SYMMETRIC") || c.isKeyword("ASYMMETRIC")) {
          throw Cursor.bail();
        }
        List<Object> list3 = new ArrayList<>(2);
        addExpression2b(list3);
        list.add(new SqlParserUtil.ToTreeListItem(op, s.pos()));
        list.addAll(list3);
      } else if (isLike()) {
        Span s = c.span(); // the position of the token before the operator, as Calcite has it
        SqlOperator op = likeOperator();
        List<Object> list2 = expression2();
        list.add(new SqlParserUtil.ToTreeListItem(op, s.pos()));
        list.addAll(list2);
        if (c.isKeyword("ESCAPE")) {
          throw Cursor.bail();
        }
      } else if (binaryOperatorAhead()) {
        SqlOperator op = binaryOperator();
        list.add(new SqlParserUtil.ToTreeListItem(op, c.pos()));
        addExpression2b(list);
      } else if (c.isSymbol('[')) {
        c.consume();
        if (c.isKeyword("OFFSET") || c.isKeyword("ORDINAL") || c.isKeyword("SAFE_OFFSET")
            || c.isKeyword("SAFE_ORDINAL")) {
          throw Cursor.bail();
        }
        SqlNode e = expression();
        c.expectSymbol(']');
        list.add(new SqlParserUtil.ToTreeListItem(SqlStdOperatorTable.ITEM, c.pos()));
        list.add(e);
        if (c.isSymbol('.')) {
          throw Cursor.bail();
        }
      } else if (c.isKeyword("IS")) {
        list.add(new SqlParserUtil.ToTreeListItem(postfixOperator(), c.pos()));
      } else {
        return list;
      }
      if (c.next == before) {
        throw Cursor.bail(); // no progress: never loop
      }
    }
  }

  private boolean isLike() {
    int k = c.isKeyword("NOT") ? 1 : 0;
    return c.isKeyword(k, "LIKE") || c.isKeyword(k, "ILIKE") || c.isKeyword(k, "RLIKE")
        || (c.isKeyword(k, "SIMILAR") && c.isKeyword(k + 1, "TO"));
  }

  private SqlOperator likeOperator() {
    boolean not = c.acceptKeyword("NOT");
    String w = c.keyword();
    c.consume();
    return switch (w == null ? "" : w) {
      case "LIKE" -> not ? SqlStdOperatorTable.NOT_LIKE : SqlStdOperatorTable.LIKE;
      case "ILIKE" -> not ? SqlLibraryOperators.NOT_ILIKE : SqlLibraryOperators.ILIKE;
      case "RLIKE" -> not ? SqlLibraryOperators.NOT_RLIKE : SqlLibraryOperators.RLIKE;
      case "SIMILAR" -> {
        c.expectKeyword("TO");
        yield not ? SqlStdOperatorTable.NOT_SIMILAR_TO : SqlStdOperatorTable.SIMILAR_TO;
      }
      default -> throw Cursor.bail();
    };
  }

  /** Whether a {@code BinaryRowOperator} of the subset comes next (comparison, arithmetic, AND, OR, ||). */
  private boolean binaryOperatorAhead() {
    if (c.kind() == Tokens.SYMBOL) {
      char code = c.t.codes[c.next];
      boolean op = code == '=' || code == '<' || code == '>' || code == Tokens.LE || code == Tokens.GE
          || code == Tokens.NE || code == Tokens.NE2 || code == '+' || code == '-' || code == '*' || code == '/'
          || code == '%' || code == Tokens.CONCAT;
      if (op && (c.isKeyword(1, "SOME") || c.isKeyword(1, "ANY") || c.isKeyword(1, "ALL"))) {
        throw Cursor.bail(); // quantified comparison
      }
      return op;
    }
    if (c.isKeyword("AND") || c.isKeyword("OR")) {
      return true;
    }
    if (c.isKeyword("IS") && (c.isKeyword(1, "DISTINCT") || (c.isKeyword(1, "NOT") && c.isKeyword(2, "DISTINCT")))) {
      throw Cursor.bail();
    }
    String w = c.keyword();
    if (w != null && (w.equals("MEMBER") || w.equals("SUBMULTISET") || w.equals("CONTAINS") || w.equals("OVERLAPS")
        || w.equals("EQUALS") || w.equals("PRECEDES") || w.equals("SUCCEEDS") || w.equals("IMMEDIATELY")
        || w.equals("MULTISET") || (w.equals("NOT") && c.isKeyword(1, "SUBMULTISET")))) {
      throw Cursor.bail();
    }
    return false;
  }

  private SqlOperator binaryOperator() {
    if (c.kind() == Tokens.SYMBOL) {
      char code = c.t.codes[c.next];
      c.consume();
      return switch (code) {
        case '=' -> SqlStdOperatorTable.EQUALS;
        case '>' -> SqlStdOperatorTable.GREATER_THAN;
        case '<' -> SqlStdOperatorTable.LESS_THAN;
        case Tokens.LE -> SqlStdOperatorTable.LESS_THAN_OR_EQUAL;
        case Tokens.GE -> SqlStdOperatorTable.GREATER_THAN_OR_EQUAL;
        case Tokens.NE, Tokens.NE2 -> SqlStdOperatorTable.NOT_EQUALS;
        case '+' -> SqlStdOperatorTable.PLUS;
        case '-' -> SqlStdOperatorTable.MINUS;
        case '*' -> SqlStdOperatorTable.MULTIPLY;
        case '/' -> SqlStdOperatorTable.DIVIDE;
        case '%' -> SqlStdOperatorTable.PERCENT_REMAINDER;
        case Tokens.CONCAT -> SqlStdOperatorTable.CONCAT;
        default -> throw Cursor.bail();
      };
    }
    boolean and = c.isKeyword("AND");
    c.consume();
    return and ? SqlStdOperatorTable.AND : SqlStdOperatorTable.OR;
  }

  /** {@code PostfixRowOperator}: IS [NOT] NULL / TRUE / FALSE / UNKNOWN. */
  private SqlOperator postfixOperator() {
    c.expectKeyword("IS");
    boolean not = c.acceptKeyword("NOT");
    String w = c.keyword();
    c.consume();
    return switch (w == null ? "" : w) {
      case "NULL" -> not ? SqlStdOperatorTable.IS_NOT_NULL : SqlStdOperatorTable.IS_NULL;
      case "TRUE" -> not ? SqlStdOperatorTable.IS_NOT_TRUE : SqlStdOperatorTable.IS_TRUE;
      case "FALSE" -> not ? SqlStdOperatorTable.IS_NOT_FALSE : SqlStdOperatorTable.IS_FALSE;
      case "UNKNOWN" -> not ? SqlStdOperatorTable.IS_NOT_UNKNOWN : SqlStdOperatorTable.IS_UNKNOWN;
      default -> throw Cursor.bail();
    };
  }

  /** {@code AddExpression2b}: prefix operators, then one {@link #expression3}. */
  private void addExpression2b(List<Object> list) {
    while (true) {
      SqlOperator op;
      if (c.isSymbol('+')) {
        op = SqlStdOperatorTable.UNARY_PLUS;
      } else if (c.isSymbol('-')) {
        op = SqlStdOperatorTable.UNARY_MINUS;
      } else if (c.isKeyword("NOT")) {
        op = SqlStdOperatorTable.NOT;
      } else if (c.isKeyword("EXISTS")) {
        op = SqlStdOperatorTable.EXISTS;
      } else if (c.isKeyword("UNIQUE")) {
        throw Cursor.bail();
      } else {
        break;
      }
      c.consume();
      list.add(new SqlParserUtil.ToTreeListItem(op, c.pos()));
    }
    list.add(expression3());
    if (c.isSymbol('.')) {
      throw Cursor.bail(); // a row expression extension, (x).field
    }
  }

  /** {@code Expression3}: an atom, or a parenthesized expression, query or row. */
  private SqlNode expression3() {
    if (c.isSymbol('(')) {
      SqlNodeList list1 = parenthesizedQueryOrCommaList();
      if (isTimeUnit(c.keyword())) {
        throw Cursor.bail(); // (a - b) DAY
      }
      if (list1.size() == 1) {
        return list1.get(0).clone(list1.getParserPosition());
      }
      return SqlStdOperatorTable.ROW.createCall(c.span().end(list1), list1.getList());
    }
    return atomicRowExpression();
  }

  private SqlNode atomicRowExpression() {
    byte kind = c.kind();
    switch (kind) {
      case Tokens.INTEGER, Tokens.DECIMAL, Tokens.APPROX -> {
        return unsignedNumericLiteral();
      }
      case Tokens.STRING -> {
        return stringLiteral();
      }
      case Tokens.SYMBOL -> {
        if (c.isSymbol('?')) {
          c.consume();
          return new SqlDynamicParam(c.dynamicParams++, c.pos());
        }
        throw Cursor.bail();
      }
      case Tokens.IDENT, Tokens.QUOTED -> {
        return identifierOrCall();
      }
      case Tokens.KEYWORD -> {
        return keywordExpression();
      }
      default -> throw Cursor.bail();
    }
  }

  private SqlNode keywordExpression() {
    String w = c.keyword();
    boolean call = c.isSymbol(1, '(');
    switch (w == null ? "" : w) {
      case "TRUE", "FALSE", "NULL", "UNKNOWN" -> {
        c.consume();
        return switch (w) {
          case "TRUE" -> SqlLiteral.createBoolean(true, c.pos());
          case "FALSE" -> SqlLiteral.createBoolean(false, c.pos());
          case "NULL" -> SqlLiteral.createNull(c.pos());
          default -> SqlLiteral.createUnknown(c.pos());
        };
      }
      case "DATE", "TIME", "TIMESTAMP" -> {
        if (c.kind(1) != Tokens.STRING) {
          throw Cursor.bail();
        }
        c.consume();
        Span s = c.span();
        c.consume();
        String p = SqlParserUtil.parseString(c.t.image(c.next - 1));
        return SqlLiteral.createUnknown(w, p, c.end(s));
      }
      case "INTERVAL" -> {
        return interval();
      }
      case "CAST", "TRY_CAST", "SAFE_CAST" -> {
        return call ? cast(w) : identifierOrCall();
      }
      case "TRIM" -> {
        if (!call) {
          throw Cursor.bail();
        }
        return trim();
      }
      case "CASE" -> {
        return caseExpression();
      }
      case "ARRAY" -> {
        return arrayConstructor();
      }
      default -> {
        if (call) {
          if (FUNCTION_KEYWORDS.contains(w)) {
            return namedFunctionCall(reservedFunctionName());
          }
          if (!c.atIdentifier(0) || SPECIAL_CALLS.contains(w)) {
            throw Cursor.bail();
          }
          return identifierOrCall(); // a non-reserved keyword names a plain function
        }
        if (CONTEXT_VARIABLES.contains(w)) {
          c.consume();
          return new SqlIdentifier(c.t.image(c.next - 1), c.pos());
        }
        if (c.atIdentifier(0)) {
          return identifierOrCall();
        }
        throw Cursor.bail();
      }
    }
  }

  /** A compound identifier, or a call when a parenthesis follows its name. */
  private SqlNode identifierOrCall() {
    SqlIdentifier id = compoundIdentifier(true);
    if (c.isSymbol('(')) {
      if (id.isStar()) {
        throw Cursor.bail();
      }
      return namedFunctionCall(id);
    }
    return id;
  }

  /** {@code NamedFunctionCall} after its name: the arguments, then FILTER and OVER. */
  private SqlNode namedFunctionCall(SqlIdentifier name) {
    Span s = c.span(); // Calcite starts the call's span at the last token of the name
    List<SqlNode> args;
    SqlLiteral quantifier = null;
    c.expectSymbol('(');
    if (c.isSymbol('*') && c.isSymbol(1, ')')) {
      c.consume();
      args = List.of(SqlIdentifier.star(c.pos()));
      c.consume();
    } else if (c.isSymbol(')')) {
      c.consume();
      args = List.of();
    } else {
      if (c.isKeyword("DISTINCT") || c.isKeyword("ALL")) {
        c.consume();
        quantifier = (c.isKeyword(-1, "DISTINCT") ? SqlSelectKeyword.DISTINCT : SqlSelectKeyword.ALL).symbol(c.pos());
      }
      args = new ArrayList<>(3);
      args.add(argument(true));
      while (c.acceptSymbol(',')) {
        args.add(argument(false));
      }
      c.expectSymbol(')');
    }
    SqlCall call = new SqlUnresolvedFunction(name, null, null, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION)
        .createCall(quantifier, c.end(s), args.toArray(new SqlNode[0]));
    String w = c.keyword();
    if (w != null && (w.equals("IGNORE") || w.equals("RESPECT") || w.equals("WITHIN"))) {
      throw Cursor.bail();
    }
    if (c.isKeyword("FILTER")) {
      c.consume();
      Span filterSpan = c.span();
      c.expectSymbol('(');
      c.expectKeyword("WHERE");
      SqlNode filter = expression();
      c.expectSymbol(')');
      call = SqlStdOperatorTable.FILTER.createCall(c.end(filterSpan), call, filter);
    }
    if (c.isKeyword("OVER")) {
      c.consume();
      Span overSpan = c.span();
      SqlNode over = c.isSymbol('(') ? queries.windowSpecification() : simpleIdentifier();
      call = SqlStdOperatorTable.OVER.createCall(overSpan.end(over), call, over);
    }
    return call;
  }

  /** {@code AddArg0} / {@code AddArg}: a plain expression (named, lambda and table arguments bail). */
  private SqlNode argument(boolean first) {
    if (c.isSymbol(1, '=') && c.isSymbol(2, '>')) {
      throw Cursor.bail();
    }
    if (c.isKeyword("DEFAULT") || c.isKeyword("TABLE")) {
      throw Cursor.bail();
    }
    if (first) {
      if (c.isKeyword("SELECT") || c.isKeyword("WITH")) {
        throw Cursor.bail();
      }
      SqlNode e = expression();
      if (c.isKeyword("ORDER") || c.isKeyword("LIMIT") || c.isKeyword("OFFSET") || c.isKeyword("FETCH")
          || c.isKeyword("UNION") || c.isKeyword("INTERSECT") || c.isKeyword("EXCEPT") || c.isKeyword("PARTITION")) {
        throw Cursor.bail();
      }
      return e;
    }
    return expression();
  }

  private SqlIdentifier reservedFunctionName() {
    c.consume();
    return new SqlIdentifier(c.t.image(c.next - 1), c.pos());
  }

  /** {@code CAST(e AS type)}, {@code TRY_CAST}, {@code SAFE_CAST}. */
  private SqlNode cast(String w) {
    SqlOperator f = switch (w) {
      case "CAST" -> SqlStdOperatorTable.CAST;
      case "TRY_CAST" -> SqlLibraryOperators.TRY_CAST;
      default -> SqlLibraryOperators.SAFE_CAST;
    };
    c.consume();
    Span s = c.span();
    c.expectSymbol('(');
    List<SqlNode> args = new ArrayList<>(2);
    args.add(expression());
    c.expectKeyword("AS");
    if (c.isKeyword("INTERVAL")) {
      throw Cursor.bail();
    }
    args.add(Types.dataType(c));
    c.expectSymbol(')');
    return f.createCall(c.end(s), args);
  }

  /** {@code TRIM([BOTH|LEADING|TRAILING] [chars] FROM e)} and {@code TRIM(e)}. */
  private SqlNode trim() {
    c.consume();
    SqlLiteral flag = null;
    SqlNode trimChars = null;
    Span s = c.span();
    c.expectSymbol('(');
    SqlNode e;
    String w = c.keyword();
    if ("BOTH".equals(w) || "TRAILING".equals(w) || "LEADING".equals(w)) {
      c.consume();
      s.add(c.pos());
      flag = (w.equals("BOTH") ? SqlTrimFunction.Flag.BOTH
          : w.equals("TRAILING") ? SqlTrimFunction.Flag.TRAILING : SqlTrimFunction.Flag.LEADING).symbol(c.pos());
      if (!c.isKeyword("FROM")) {
        trimChars = expression();
      }
      c.expectKeyword("FROM");
      e = expression();
    } else {
      e = expression();
      if (c.acceptKeyword("FROM")) {
        trimChars = e;
        e = expression();
      }
    }
    c.expectSymbol(')');
    if (flag == null) {
      flag = SqlTrimFunction.Flag.BOTH.symbol(SqlParserPos.ZERO);
    }
    List<SqlNode> args = new ArrayList<>(3);
    args.add(flag);
    args.add(trimChars);
    args.add(e);
    return SqlStdOperatorTable.TRIM.createCall(c.end(s), args);
  }

  /** {@code CaseExpression}. */
  private SqlNode caseExpression() {
    Span whenSpan = Span.of();
    Span thenSpan = Span.of();
    c.expectKeyword("CASE");
    Span s = c.span();
    SqlNode caseIdentifier = c.isKeyword("WHEN") ? null : expression();
    List<SqlNode> whenList = new ArrayList<>(4);
    List<SqlNode> thenList = new ArrayList<>(4);
    do {
      c.expectKeyword("WHEN");
      whenSpan.add(c.pos());
      SqlNodeList when = expressionCommaList(s);
      whenList.add(when.size() == 1 ? when.get(0) : when);
      c.expectKeyword("THEN");
      thenSpan.add(c.pos());
      thenList.add(expression());
    } while (c.isKeyword("WHEN"));
    SqlNode elseClause = c.acceptKeyword("ELSE") ? expression() : null;
    c.expectKeyword("END");
    return SqlCase.createSwitched(c.end(s), caseIdentifier,
        new SqlNodeList(whenList, whenSpan.addAll(whenList).pos()),
        new SqlNodeList(thenList, thenSpan.addAll(thenList).pos()), elseClause);
  }

  /** {@code ARRAY[e, ...]}. */
  private SqlNode arrayConstructor() {
    c.expectKeyword("ARRAY");
    Span s = c.span();
    c.expectSymbol('[');
    List<SqlNode> args = c.isSymbol(']') ? List.of() : expressionCommaList(s).getList();
    c.expectSymbol(']');
    return SqlStdOperatorTable.ARRAY_VALUE_CONSTRUCTOR.createCall(c.end(s), args);
  }

  /** {@code INTERVAL [+|-] 'text' unit} with a single unit; other interval forms bail. */
  private SqlNode interval() {
    c.expectKeyword("INTERVAL");
    Span s = c.span();
    int sign = 1;
    if (c.acceptSymbol('-')) {
      sign = -1;
    } else {
      c.acceptSymbol('+');
    }
    if (c.kind() != Tokens.STRING) {
      throw Cursor.bail();
    }
    c.consume();
    String p = SqlParserUtil.parseString(c.t.image(c.next - 1));
    TimeUnit unit = switch (c.keyword() == null ? "" : c.keyword()) {
      case "YEAR" -> TimeUnit.YEAR;
      case "QUARTER" -> TimeUnit.QUARTER;
      case "MONTH" -> TimeUnit.MONTH;
      case "WEEK" -> TimeUnit.WEEK;
      case "DAY" -> TimeUnit.DAY;
      case "HOUR" -> TimeUnit.HOUR;
      case "MINUTE" -> TimeUnit.MINUTE;
      case "SECOND" -> TimeUnit.SECOND;
      default -> throw Cursor.bail();
    };
    c.consume();
    Span unitSpan = c.span();
    if (c.isSymbol('(') || c.isKeyword("TO")) {
      throw Cursor.bail();
    }
    SqlIntervalQualifier qualifier = new SqlIntervalQualifier(unit, -1, null, -1, c.end(unitSpan));
    return SqlParserUtil.parseIntervalLiteral(s.end(qualifier), sign, p, qualifier);
  }

  private SqlNode unsignedNumericLiteral() {
    byte kind = c.kind();
    c.consume();
    String image = c.t.image(c.next - 1);
    return kind == Tokens.APPROX ? SqlLiteral.createApproxNumeric(image, c.pos())
        : SqlLiteral.createExactNumeric(image, c.pos());
  }

  /** A single-fragment string literal (continued literals bail). */
  private SqlNode stringLiteral() {
    c.consume();
    if (c.kind() == Tokens.STRING || c.isKeyword("UESCAPE")) {
      throw Cursor.bail();
    }
    String p = SqlParserUtil.parseString(c.t.image(c.next - 1));
    return SqlLiteral.createCharString(p, null, c.pos()).unescapeUnicode((char) 0);
  }

  /** {@code ExpressionCommaList(s)}: note that it widens {@code s}, as Calcite's does. */
  SqlNodeList expressionCommaList(Span s) {
    List<SqlNode> list = new ArrayList<>(4);
    list.add(expression());
    while (c.isSymbol(',')) {
      c.consume();
      list.add(expression());
    }
    return new SqlNodeList(list, s.addAll(list).pos());
  }

  /** {@code ParenthesizedQueryOrCommaList}: {@code (query)} or {@code (e, ...)}. */
  SqlNodeList parenthesizedQueryOrCommaList() {
    c.expectSymbol('(');
    Span s = c.span();
    List<SqlNode> list = new ArrayList<>(4);
    list.add(queries.orderedQueryOrExpr(true));
    while (c.acceptSymbol(',')) {
      if (list.size() == 1 && list.get(0).isA(SqlKind.QUERY)) {
        throw Cursor.bail();
      }
      list.add(expression());
    }
    c.expectSymbol(')');
    return new SqlNodeList(list, c.end(s));
  }

  /** {@code CompoundIdentifier}: segments joined by dots, optionally ending in {@code .*}. */
  SqlIdentifier compoundIdentifier(boolean allowStar) {
    List<String> names = new ArrayList<>(2);
    List<SqlParserPos> positions = new ArrayList<>(2);
    segment(names, positions);
    while (c.isSymbol('.') && c.atIdentifier(1)) {
      c.consume();
      segment(names, positions);
    }
    boolean star = false;
    if (c.isSymbol('.') && c.isSymbol(1, '*')) {
      if (!allowStar) {
        throw Cursor.bail();
      }
      c.consume();
      c.consume();
      star = true;
      names.add("");
      positions.add(c.pos());
    }
    SqlParserPos pos = SqlParserPos.sum(positions);
    return star ? SqlIdentifier.star(names, pos, positions) : new SqlIdentifier(names, null, pos, positions);
  }

  /** {@code SimpleIdentifier}. */
  SqlIdentifier simpleIdentifier() {
    List<String> names = new ArrayList<>(1);
    List<SqlParserPos> positions = new ArrayList<>(1);
    segment(names, positions);
    return new SqlIdentifier(names.get(0), positions.get(0));
  }

  /** {@code AddIdentifierSegment}: a name, a quoted name or a non-reserved keyword. */
  void segment(List<String> names, List<SqlParserPos> positions) {
    segmentOf(c, names, positions);
  }

  static void segmentOf(Cursor c, List<String> names, List<SqlParserPos> positions) {
    if (!c.atIdentifier(0)) {
      throw Cursor.bail();
    }
    byte kind = c.kind();
    c.consume();
    int i = c.next - 1;
    String id;
    SqlParserPos pos = c.pos();
    if (kind == Tokens.QUOTED) {
      String quoted = c.t.values[i];
      id = SqlParserUtil.toCase(quoted == null ? "" : quoted, Casing.UNCHANGED);
      pos = pos.withQuoting(true);
    } else if (kind == Tokens.IDENT && c.t.values[i] != null) {
      id = c.t.values[i];
    } else {
      id = c.t.image(i);
    }
    if (id.length() > IDENTIFIER_MAX_LENGTH) {
      throw Cursor.bail();
    }
    names.add(id);
    positions.add(pos);
  }

  static boolean isTimeUnit(@Nullable String w) {
    return w != null && switch (w) {
      case "YEAR", "YEARS", "QUARTER", "MONTH", "MONTHS", "WEEK", "DAY", "DAYS", "HOUR", "HOURS", "MINUTE", "MINUTES",
          "SECOND", "SECONDS" -> true;
      default -> false;
    };
  }
}

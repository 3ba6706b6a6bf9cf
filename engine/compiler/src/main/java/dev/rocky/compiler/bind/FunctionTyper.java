package dev.rocky.compiler.bind;

import dev.rocky.compiler.sql.ModelParser;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.sql.SqlNode;
import org.jspecify.annotations.Nullable;

/**
 * Function result types by name (Rocky's table, spec 4.2, plus common DuckDB, Snowflake and Databricks
 * spellings). Unknown functions are Unknown and nullable; their arguments still feed lineage.
 */
final class FunctionTyper {
  private FunctionTyper() {}

  private static final Map<String, Fn> BY_NAME = new HashMap<>(512);

  /** Date-part keywords that some functions take as a bare first argument ({@code DATEDIFF(day, a, b)}). */
  private static final Set<String> DATE_PARTS = Set.of("year", "quarter", "month", "week", "day", "dayofweek",
      "dayofyear", "hour", "minute", "second", "millisecond", "microsecond", "epoch", "isoyear", "dow", "doy");

  private static final Set<String> DATE_PART_FUNCTIONS = Set.of("datediff", "date_diff", "timestampdiff",
      "timestamp_diff", "dateadd", "date_add", "timestampadd", "timestamp_add", "date_trunc", "datetrunc",
      "date_part", "datepart", "time_bucket");

  static {
    for (Fn fn : Fn.values()) {
      for (String name : fn.names) {
        BY_NAME.put(name, fn);
        BY_NAME.put(name.toUpperCase(Locale.ROOT), fn);
      }
    }
  }

  static @Nullable Fn lookup(String name) {
    Fn fn = BY_NAME.get(name);
    return fn != null ? fn : BY_NAME.get(name.toLowerCase(Locale.ROOT));
  }

  /** Whether a function name is an aggregate (for lineage: {@code aggregation: name}). */
  static boolean isAggregate(String name) {
    Fn fn = lookup(name);
    return fn != null && fn.aggregate;
  }

  static Typed type(ExpressionTyper t, SqlCall call) {
    String name = call.getOperator().getName();
    if (name.equals(ModelParser.STRUCT)) {
      return struct(t, call);
    }
    Fn fn = lookup(name);
    List<SqlNode> ops = call.getOperandList();
    int n = ops.size();
    Typed[] args = new Typed[n];
    boolean anyNullable = false;
    for (int i = 0; i < n; i++) {
      SqlNode op = ops.get(i);
      if (op == null || (i == 0 && isDatePart(op) && takesDatePart(name))) {
        args[i] = Typed.of(RockyType.UNKNOWN, false);
      } else {
        args[i] = t.type(op);
        anyNullable |= args[i].nullable();
      }
    }
    if (fn == null) {
      return Typed.UNKNOWN;
    }
    if (fn.aggregate && !t.insideOver) {
      t.sink.sawAggregate = true;
    }
    RockyType first = n > 0 ? args[0].type() : RockyType.UNKNOWN;
    return switch (fn.rule) {
      case COUNT -> Typed.of(RockyType.INT64, false);
      case SUM -> Typed.of(first.isInteger() ? RockyType.INT64 : first, true);
      case AVG -> Typed.of(avg(first, t.ctx.parsed.dialect()), true);
      case FIRST_ARG -> Typed.of(first, true);
      case ARRAY_AGG -> Typed.of(new RockyType.Array(first), true);
      case STRING_AGG -> Typed.of(RockyType.STRING, true);
      case BOOLEAN_AGG -> Typed.of(RockyType.BOOLEAN, true);
      case FLOAT_AGG -> Typed.of(RockyType.FLOAT64, true);
      case MEDIAN -> Typed.of(first.isInteger() || first.isFloat() ? RockyType.FLOAT64 : first, true);
      case RANKING -> Typed.of(RockyType.INT64, false);
      case DISTRIBUTION -> Typed.of(RockyType.FLOAT64, false);
      case COALESCE -> fold(args, true);
      case GREATEST -> fold(args, false);
      case NULLIF -> Typed.of(first, true);
      case IF -> conditional(args);
      case STRING -> Typed.of(RockyType.STRING, anyNullable);
      case STRING_ARRAY -> Typed.of(new RockyType.Array(RockyType.STRING), anyNullable);
      case INT64 -> Typed.of(RockyType.INT64, anyNullable);
      case INT32 -> Typed.of(RockyType.INT32, anyNullable);
      case FLOAT64 -> Typed.of(RockyType.FLOAT64, anyNullable);
      case BOOLEAN -> Typed.of(RockyType.BOOLEAN, anyNullable);
      case SAME_AS_ARG -> Typed.of(first, anyNullable);
      case MOD -> Typed.of(n == 2 ? Typed.supertype(first, args[1].type()) : RockyType.UNKNOWN, anyNullable);
      case DATE -> Typed.of(RockyType.DATE, anyNullable);
      case TIMESTAMP -> Typed.of(RockyType.TIMESTAMP, anyNullable);
      case NOW -> Typed.of(RockyType.TIMESTAMP, false);
      case TODAY -> Typed.of(RockyType.DATE, false);
      case EXTRACT -> Typed.of(isEpoch(ops) ? RockyType.FLOAT64 : RockyType.INT32, anyNullable);
      case UUID -> Typed.of(RockyType.STRING, false);
    };
  }

  /**
   * AVG's result type per dialect. DuckDB: DOUBLE for every numeric input (checked with DuckDB 2.0,
   * {@code typeof(avg(x::DECIMAL(12,2)))}). Databricks: {@code DECIMAL(p + 4, s + 4)} for DECIMAL(p, s),
   * else DOUBLE; past precision 38 "the increase in scale is limited to avoid loss of significant
   * digits" (Databricks SQL reference, avg), i.e. Spark's precision adjustment. Snowflake: fixed-point input gives
   * {@code NUMBER(38, max(s, 6))} (integers average to six decimals), floats give FLOAT.
   */
  static RockyType avg(RockyType input, Dialect dialect) {
    if (dialect == Dialect.DUCKDB) {
      return RockyType.FLOAT64;
    }
    if (input.isUnknown()) {
      return RockyType.UNKNOWN; // might be a decimal
    }
    return switch (dialect) {
      case DUCKDB -> RockyType.FLOAT64;
      case DATABRICKS -> input instanceof RockyType.Decimal d ? sparkDecimal(d.precision() + 4, d.scale() + 4)
          : RockyType.FLOAT64;
      case SNOWFLAKE -> input instanceof RockyType.Decimal d ? new RockyType.Decimal(38, Math.max(d.scale(), 6))
          : input.isInteger() ? new RockyType.Decimal(38, 6)
          : RockyType.FLOAT64;
    };
  }

  /**
   * Spark's {@code DecimalType.adjustPrecisionScale}: within 38 digits as asked; beyond, 38 digits that
   * keep the integer digits, with at least {@code min(scale, 6)} decimals.
   */
  private static RockyType sparkDecimal(int precision, int scale) {
    if (precision <= 38) {
      return new RockyType.Decimal(precision, scale);
    }
    int integerDigits = precision - scale;
    return new RockyType.Decimal(38, Math.max(38 - integerDigits, Math.min(scale, 6)));
  }

  /** A struct literal, parsed as {@code "$struct"('a', x, 'b', y)}: a struct with those fields. */
  private static Typed struct(ExpressionTyper t, SqlCall call) {
    List<SqlNode> ops = call.getOperandList();
    List<TypedColumn> fields = new ArrayList<>(ops.size() / 2);
    for (int i = 0; i + 1 < ops.size(); i += 2) {
      Typed value = t.type(ops.get(i + 1));
      String name = ops.get(i) instanceof SqlLiteral lit ? lit.toValue() : null;
      fields.add(new TypedColumn(name == null ? "f" + (i / 2 + 1) : name, value.type(), value.nullable()));
    }
    return Typed.of(new RockyType.Struct(fields), false);
  }

  /** COALESCE (nullable only when every argument is) and GREATEST/LEAST (nullable when any is). */
  private static Typed fold(Typed[] args, boolean coalesce) {
    Typed.Fold f = new Typed.Fold();
    for (Typed a : args) {
      f.add(a);
    }
    return Typed.of(f.type(), coalesce ? f.allNullable() : f.anyNullable());
  }

  /** IF/IFF/IIF/NVL2: the type of the second argument (the third when the second is NULL). */
  private static Typed conditional(Typed[] args) {
    if (args.length < 2) {
      return Typed.UNKNOWN;
    }
    Typed then = args[1];
    Typed otherwise = args.length > 2 ? args[2] : Typed.NULL;
    RockyType t = then.isNullLiteral() ? otherwise.type() : then.type();
    return Typed.of(t, then.nullable() || otherwise.nullable());
  }

  private static boolean takesDatePart(String name) {
    return DATE_PART_FUNCTIONS.contains(name.toLowerCase(Locale.ROOT));
  }

  private static boolean isDatePart(SqlNode op) {
    if (op instanceof SqlIdentifier id && id.names.size() == 1) {
      return DATE_PARTS.contains(id.getSimple().toLowerCase(Locale.ROOT));
    }
    return op instanceof SqlIntervalQualifier;
  }

  private static boolean isEpoch(List<SqlNode> ops) {
    return !ops.isEmpty() && ops.get(0) instanceof SqlIntervalQualifier q && q.timeUnitRange == TimeUnitRange.EPOCH;
  }

  /** How a result type is derived from the arguments. */
  enum Rule {
    COUNT, SUM, AVG, FIRST_ARG, ARRAY_AGG, STRING_AGG, BOOLEAN_AGG, FLOAT_AGG, MEDIAN, RANKING, DISTRIBUTION,
    COALESCE, GREATEST, NULLIF, IF, STRING, STRING_ARRAY, INT64, INT32, FLOAT64, BOOLEAN, SAME_AS_ARG, MOD, DATE,
    TIMESTAMP, NOW, TODAY, EXTRACT, UUID
  }

  /** Known functions, grouped by rule. */
  enum Fn {
    COUNT(Rule.COUNT, true, "count", "count_if", "countif", "approx_count_distinct", "count_star"),
    SUM(Rule.SUM, true, "sum", "fsum", "sumkahan"),
    AVG(Rule.AVG, true, "avg", "mean"),
    MIN_MAX(Rule.FIRST_ARG, true, "min", "max", "any_value", "arbitrary", "first", "last", "arg_max",
        "arg_min", "max_by", "min_by", "argmax", "argmin", "mode", "approx_top_k"),
    ARRAY_AGG(Rule.ARRAY_AGG, true, "array_agg", "list", "collect_list", "collect_set"),
    STRING_AGG(Rule.STRING_AGG, true, "string_agg", "listagg", "group_concat"),
    BOOLEAN_AGG(Rule.BOOLEAN_AGG, true, "bool_and", "bool_or", "every", "booland_agg", "boolor_agg",
        "logical_and", "logical_or"),
    FLOAT_AGG(Rule.FLOAT_AGG, true, "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp",
        "corr", "covar_pop", "covar_samp", "regr_slope", "regr_intercept", "entropy", "kurtosis", "skewness"),
    MEDIAN(Rule.MEDIAN, true, "median", "quantile_cont", "quantile", "approx_quantile"),
    RANKING(Rule.RANKING, false, "row_number", "rank", "dense_rank", "ntile"),
    DISTRIBUTION(Rule.DISTRIBUTION, false, "percent_rank", "cume_dist"),
    NAVIGATION(Rule.FIRST_ARG, false, "lag", "lead", "first_value", "last_value", "nth_value"),
    COALESCE(Rule.COALESCE, false, "coalesce", "ifnull", "nvl"),
    GREATEST(Rule.GREATEST, false, "greatest", "least"),
    NULLIF(Rule.NULLIF, false, "nullif"),
    IF(Rule.IF, false, "if", "iff", "iif", "nvl2"),
    STRING(Rule.STRING, false, "concat", "concat_ws", "upper", "lower", "ucase", "lcase", "trim", "ltrim",
        "rtrim", "btrim", "replace", "substr", "substring", "left", "right", "lpad", "rpad", "reverse", "initcap",
        "split_part", "regexp_replace", "regexp_extract", "regexp_substr", "md5", "sha1", "sha2", "sha256", "repeat",
        "translate", "to_char", "to_varchar", "strftime", "format", "printf", "chr", "char", "overlay",
        "typeof", "monthname", "dayname", "base64", "to_base64", "hex", "json_extract_string"),
    STRING_ARRAY(Rule.STRING_ARRAY, false, "split", "string_split", "str_split", "regexp_split_to_array"),
    INT64(Rule.INT64, false, "length", "len", "char_length", "character_length", "octet_length",
        "bit_length", "position", "strpos", "instr", "locate", "charindex", "datediff", "date_diff",
        "timestampdiff", "timestamp_diff", "months_between", "epoch_ms", "array_length", "cardinality",
        "hash", "levenshtein"),
    INT32(Rule.INT32, false, "sign", "year", "month", "day", "hour", "minute", "second", "quarter", "week",
        "weekofyear", "dayofweek", "dayofmonth", "dayofyear", "isodow", "yearweek", "date_part", "datepart",
        "ascii", "unicode"),
    EXTRACT(Rule.EXTRACT, false, "extract"),
    FLOAT64(Rule.FLOAT64, false, "power", "pow", "sqrt", "cbrt", "log", "ln", "log10", "log2", "exp", "sin",
        "cos", "tan", "asin", "acos", "atan", "atan2", "degrees", "radians", "pi", "random", "rand", "epoch",
        "try_divide", "div0"),
    BOOLEAN(Rule.BOOLEAN, false, "starts_with", "startswith", "ends_with", "endswith", "contains",
        "regexp_matches", "regexp_like", "rlike", "isnan", "isinf", "isfinite", "array_contains", "list_contains"),
    SAME_AS_ARG(Rule.SAME_AS_ARG, false, "abs", "ceil", "ceiling", "floor", "round", "trunc", "truncate",
        "round_even", "even"),
    MOD(Rule.MOD, false, "mod"),
    DATE(Rule.DATE, false, "date", "to_date", "try_to_date", "last_day", "make_date", "date_from_parts"),
    TIMESTAMP(Rule.TIMESTAMP, false, "date_trunc", "datetrunc", "date_add", "dateadd", "date_sub", "datesub",
        "timestampadd", "timestamp_add", "time_bucket", "to_timestamp", "try_to_timestamp", "timestamp",
        "make_timestamp", "to_timestamp_ntz", "from_unixtime"),
    NOW(Rule.NOW, false, "now", "current_timestamp", "getdate", "sysdate", "localtimestamp",
        "transaction_timestamp", "get_current_timestamp"),
    TODAY(Rule.TODAY, false, "current_date", "today"),
    UUID(Rule.UUID, false, "uuid", "gen_random_uuid", "uuid_string");

    final Rule rule;
    final boolean aggregate;
    final String[] names;

    Fn(Rule rule, boolean aggregate, String... names) {
      this.rule = rule;
      this.aggregate = aggregate;
      this.names = names;
    }
  }
}

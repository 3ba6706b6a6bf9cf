package dev.rocky.compiler.govern;

import static dev.rocky.core.project.Dialect.DATABRICKS;
import static dev.rocky.core.project.Dialect.DUCKDB;
import static dev.rocky.core.project.Dialect.SNOWFLAKE;

import dev.rocky.compiler.govern.Construct.Call;
import dev.rocky.compiler.govern.Construct.Shape;
import dev.rocky.core.project.Dialect;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The functions of the portability catalog: each one exists in some of the three dialects and not in
 * the others. Verdicts for DuckDB are checked against a real DuckDB by the tests; those for Snowflake
 * and Databricks come from their function references and agree with Calcite's per-library operator
 * tables (see {@link CalciteLibraries}). A function that is not listed is assumed portable.
 */
final class FunctionCatalog {
  private FunctionCatalog() {}

  private static final Set<Dialect> S = Set.of(SNOWFLAKE);
  private static final Set<Dialect> B = Set.of(DATABRICKS);
  private static final Set<Dialect> D = Set.of(DUCKDB);
  private static final Set<Dialect> SB = Set.of(SNOWFLAKE, DATABRICKS);
  private static final Set<Dialect> DB = Set.of(DUCKDB, DATABRICKS);

  static List<Construct> entries() {
    return List.of(
        // Nulls and conditionals
        fn("NVL", "a, b", SB, "COALESCE(a, b)", "NVL(a, b)"),
        fn("NVL2", "a, b, c", SB, "CASE WHEN a IS NOT NULL THEN b ELSE c END", "NVL2(a, b, a)"),
        fn("IFF", "cond, a, b", SB, "CASE WHEN cond THEN a ELSE b END", "IFF(a > b, a, b)"),
        fn("IF", "cond, a, b", DB, "CASE WHEN cond THEN a ELSE b END", "IF(a > b, a, b)"),
        fn("DIV0", "a, b", S, "CASE WHEN b = 0 THEN 0 ELSE a / b END", "DIV0(a, b)"),
        fn("DIV0NULL", "a, b", S, "CASE WHEN b = 0 OR b IS NULL THEN 0 ELSE a / b END", "DIV0NULL(a, b)"),
        fn("ZEROIFNULL", "a", SB, "COALESCE(a, 0)", "ZEROIFNULL(a)"),
        fn("NULLIFZERO", "a", SB, "NULLIF(a, 0)", "NULLIFZERO(a)"),
        fn("EQUAL_NULL", "a, b", S, "a IS NOT DISTINCT FROM b", "EQUAL_NULL(a, b)"),
        fn("TRY_DIVIDE", "a, b", B, "CASE WHEN b = 0 THEN NULL ELSE a / b END", "TRY_DIVIDE(a, b)"),
        entry(new Call("DECODE", 3, Call.ANY, false), "DECODE", "DECODE(expr, search, result, ...)", SB,
            "CASE expr WHEN search THEN result ... END", "DECODE(a, 1, 'one', 'other')"),
        // Dates and times
        fn("DATEADD", "unit, n, date", SB, "date + INTERVAL 'n unit' (e.g. d + INTERVAL '1 day')", "DATEADD(day, 1, d)"),
        entry(new Call("DATEDIFF", 2, 2, false), "DATEDIFF", "DATEDIFF(end, start)", B,
            "DATEDIFF(day, start, end)", "DATEDIFF(d, d)")
            .on(DUCKDB, "DATEDIFF('day', start, end)"),
        entry(new Call("DATEDIFF", 3, 3, true), "DATEDIFF", "DATEDIFF(unit, start, end)", SB,
            "DATEDIFF('day', start, end): DuckDB needs the unit quoted", "DATEDIFF(day, d, d)"),
        entry(new Call("DATE_ADD", 2, 2, false), "DATE_ADD", "DATE_ADD(date, days)", DB,
            "date + INTERVAL 'n day'", "DATE_ADD(d, 1)").on(SNOWFLAKE, "DATEADD(day, n, date)"),
        entry(new Call("DATE_SUB", 2, 2, false), "DATE_SUB", "DATE_SUB(date, days)", B,
            "date - INTERVAL 'n day'", "DATE_SUB(d, 1)"),
        fn("TIMESTAMPADD", "unit, n, ts", SB, "ts + INTERVAL 'n unit'", "TIMESTAMPADD(DAY, 1, ts)"),
        fn("TIMESTAMPDIFF", "unit, start, end", SB, "DATEDIFF('unit', start, end)", "TIMESTAMPDIFF(DAY, ts, ts)"),
        fn("ADD_MONTHS", "date, n", SB, "date + INTERVAL 'n month'", "ADD_MONTHS(d, 1)"),
        fn("MONTHS_BETWEEN", "a, b", SB, "DATEDIFF('month', b, a) (whole months)", "MONTHS_BETWEEN(d, d)"),
        fn("NEXT_DAY", "date, day", SB, "DATE_TRUNC('week', date) plus the day offset", "NEXT_DAY(d, 'MO')"),
        fn("TO_DATE", "s", SB, "CAST(s AS DATE)", "TO_DATE(s)"),
        fn("DATE_FROM_PARTS", "y, m, d", S, "MAKE_DATE(y, m, d)", "DATE_FROM_PARTS(2024, 1, 1)"),
        fn("MAKE_DATE", "y, m, d", DB, "DATE_FROM_PARTS(y, m, d)", "MAKE_DATE(2024, 1, 1)"),
        fn("DATE_FORMAT", "date, fmt", B, "TO_CHAR(date, fmt)", "DATE_FORMAT(d, 'yyyy')")
            .on(DUCKDB, "STRFTIME(date, fmt)"),
        fn("STRFTIME", "date, fmt", D, "TO_CHAR(date, fmt)", "STRFTIME(d, '%Y')")
            .on(DATABRICKS, "DATE_FORMAT(date, fmt)"),
        fn("STRPTIME", "s, fmt", D, "TO_TIMESTAMP(s, fmt)", "STRPTIME('2024', '%Y')"),
        fn("TO_CHAR", "value, fmt", SB, "STRFTIME(value, fmt)", "TO_CHAR(d, 'YYYY')"),
        fn("TO_VARCHAR", "value", SB, "CAST(value AS VARCHAR)", "TO_VARCHAR(a)"),
        fn("CONVERT_TIMEZONE", "zone, ts", SB, "ts AT TIME ZONE 'zone'", "CONVERT_TIMEZONE('UTC', ts)"),
        fn("EPOCH_MS", "ts", D, "DATE_PART(epoch_millisecond, ts)", "EPOCH_MS(ts)")
            .on(DATABRICKS, "UNIX_MILLIS(ts)"),
        fn("UNIX_TIMESTAMP", "ts", B, "DATE_PART(epoch_second, ts)", "UNIX_TIMESTAMP(ts)").on(DUCKDB, "EPOCH(ts)"),
        fn("FROM_UNIXTIME", "seconds", B, "TO_TIMESTAMP(seconds)", "FROM_UNIXTIME(a)"),
        // Strings
        fn("CHARINDEX", "sub, s", SB, "POSITION(sub IN s)", "CHARINDEX('x', s)"),
        fn("INSTR", "s, sub", DB, "POSITION(sub IN s)", "INSTR(s, 'x')"),
        fn("STARTSWITH", "s, prefix", SB, "s LIKE 'prefix%'", "STARTSWITH(s, 'x')"),
        fn("ENDSWITH", "s, suffix", SB, "s LIKE '%suffix'", "ENDSWITH(s, 'x')"),
        fn("REGEXP_SUBSTR", "s, pattern", SB, "REGEXP_EXTRACT(s, pattern)", "REGEXP_SUBSTR(s, 'x')"),
        fn("REGEXP_EXTRACT", "s, pattern", DB, "REGEXP_SUBSTR(s, pattern)", "REGEXP_EXTRACT(s, 'x')"),
        fn("REGEXP_LIKE", "s, pattern", SB, "REGEXP_MATCHES(s, pattern)", "REGEXP_LIKE(s, 'x')"),
        fn("REGEXP_MATCHES", "s, pattern", D, "REGEXP_LIKE(s, pattern)", "REGEXP_MATCHES(s, 'x')"),
        fn("SUBSTRING_INDEX", "s, delim, n", B, "SPLIT_PART(s, delim, n) for a single part",
            "SUBSTRING_INDEX(s, ',', 1)"),
        fn("EDITDISTANCE", "a, b", S, "LEVENSHTEIN(a, b)", "EDITDISTANCE(s, s)"),
        fn("LEVENSHTEIN", "a, b", DB, "EDITDISTANCE(a, b)", "LEVENSHTEIN(s, s)"),
        fn("SOUNDEX", "s", SB, "compute the code upstream: DuckDB has no SOUNDEX", "SOUNDEX(s)"),
        fn("SHA2", "s, bits", SB, "SHA256(s)", "SHA2(s, 256)"),
        fn("SHA256", "s", D, "SHA2(s, 256)", "SHA256(s)"),
        fn("XXHASH64", "value", B, "HASH(value) (each warehouse hashes differently)", "XXHASH64(s)"),
        fn("UUID_STRING", "", S, "UUID()", "UUID_STRING()"),
        fn("PARSE_JSON", "s", SB, "CAST(s AS JSON)", "PARSE_JSON(s)"),
        fn("GET_JSON_OBJECT", "json, path", B, "JSON_EXTRACT_PATH_TEXT(json, path)", "GET_JSON_OBJECT(s, '$.k')")
            .on(DUCKDB, "JSON_EXTRACT_STRING(json, path)"),
        fn("TO_NUMBER", "s", SB, "CAST(s AS DECIMAL(38, 10))", "TO_NUMBER(s)"),
        fn("TRY_TO_NUMBER", "s", SB, "TRY_CAST(s AS DECIMAL(38, 10))", "TRY_TO_NUMBER(s)"),
        fn("RAND", "", B, "RANDOM()", "RAND()"),
        // Arrays and objects
        fn("ARRAY_SIZE", "arr", SB, "LEN(arr)", "ARRAY_SIZE(arr)"),
        fn("SIZE", "arr", B, "ARRAY_SIZE(arr)", "SIZE(arr)").on(DUCKDB, "LEN(arr)"),
        fn("ARRAY_CONSTRUCT", "a, b", S, "ARRAY(a, b)", "ARRAY_CONSTRUCT(1, 2)").on(DUCKDB, "[a, b]"),
        fn("OBJECT_CONSTRUCT", "'k', v", S, "NAMED_STRUCT('k', v)", "OBJECT_CONSTRUCT('k', a)")
            .on(DUCKDB, "STRUCT_PACK(k := v)"),
        fn("NAMED_STRUCT", "'k', v", B, "OBJECT_CONSTRUCT('k', v)", "NAMED_STRUCT('k', a)")
            .on(DUCKDB, "STRUCT_PACK(k := v)"),
        fn("STRUCT_PACK", "k := v", D, "OBJECT_CONSTRUCT('k', v)", "STRUCT_PACK(k := a)")
            .on(DATABRICKS, "NAMED_STRUCT('k', v)"),
        fn("LIST_VALUE", "a, b", D, "ARRAY_CONSTRUCT(a, b)", "LIST_VALUE(1, 2)").on(DATABRICKS, "ARRAY(a, b)"),
        fn("COLLECT_LIST", "x", B, "ARRAY_AGG(x)", "COLLECT_LIST(a)"),
        fn("COLLECT_SET", "x", B, "ARRAY_AGG(DISTINCT x)", "COLLECT_SET(a)"),
        fn("SORT_ARRAY", "arr", B, "ARRAY_SORT(arr)", "SORT_ARRAY(arr)"),
        fn("ARRAY_JOIN", "arr, sep", B, "ARRAY_TO_STRING(arr, sep)", "ARRAY_JOIN(arr, ',')"),
        fn("ARRAYS_OVERLAP", "a, b", SB, "LIST_HAS_ANY(a, b)", "ARRAYS_OVERLAP(arr, arr)"),
        fn("ARRAY_INTERSECTION", "a, b", S, "ARRAY_INTERSECT(a, b)", "ARRAY_INTERSECTION(arr, arr)")
            .on(DUCKDB, "LIST_INTERSECT(a, b)"),
        fn("ARRAY_EXCEPT", "a, b", SB, "LIST_FILTER(a, x -> NOT LIST_CONTAINS(b, x))", "ARRAY_EXCEPT(arr, arr)"),
        fn("ELEMENT_AT", "arr, i", B, "arr[i] (1-based on DuckDB; GET(arr, i - 1) on Snowflake)", "ELEMENT_AT(arr, 1)"),
        fn("EXPLODE", "arr", B, "LATERAL FLATTEN(input => arr)", "EXPLODE(arr)").on(DUCKDB, "UNNEST(arr)"),
        fn("UNNEST", "arr", D, "LATERAL FLATTEN(input => arr)", "UNNEST(arr)").on(DATABRICKS, "EXPLODE(arr)"),
        fn("FLATTEN", "arrays", DB, "ARRAY_FLATTEN(arrays)", "FLATTEN([arr])"),
        // Aggregates
        fn("BOOLAND_AGG", "x", S, "BOOL_AND(x)", "BOOLAND_AGG(a > 0)"),
        fn("BOOLOR_AGG", "x", S, "BOOL_OR(x)", "BOOLOR_AGG(a > 0)"),
        fn("BITAND_AGG", "x", S, "BIT_AND(x)", "BITAND_AGG(a)"),
        fn("BITOR_AGG", "x", S, "BIT_OR(x)", "BITOR_AGG(a)"),
        fn("BOOL_AND", "x", DB, "BOOLAND_AGG(x)", "BOOL_AND(a > 0)"),
        fn("BOOL_OR", "x", DB, "BOOLOR_AGG(x)", "BOOL_OR(a > 0)"),
        fn("APPROX_PERCENTILE", "x, p", SB, "APPROX_QUANTILE(x, p)", "APPROX_PERCENTILE(a, 0.5)"),
        fn("PERCENTILE_APPROX", "x, p", B, "APPROX_PERCENTILE(x, p)", "PERCENTILE_APPROX(a, 0.5)")
            .on(DUCKDB, "APPROX_QUANTILE(x, p)"),
        fn("ARG_MAX", "x, y", D, "MAX_BY(x, y)", "ARG_MAX(a, b)"),
        fn("ARG_MIN", "x, y", D, "MIN_BY(x, y)", "ARG_MIN(a, b)"));
  }

  /** A function matched by its name alone. */
  private static Construct fn(String name, String args, Set<Dialect> by, String rewrite, String expression) {
    return entry(new Call(name), name, name + "(" + args + ")", by, rewrite, expression);
  }

  private static Construct entry(Shape shape, String name, String form, Set<Dialect> by, String rewrite,
      String expression) {
    return new Construct(name, form, shape, by, rewrite, Map.of(), "SELECT " + expression + " AS x FROM t");
  }
}

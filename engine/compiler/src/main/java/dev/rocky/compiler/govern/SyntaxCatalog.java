package dev.rocky.compiler.govern;

import static dev.rocky.core.project.Dialect.DATABRICKS;
import static dev.rocky.core.project.Dialect.DUCKDB;
import static dev.rocky.core.project.Dialect.SNOWFLAKE;

import dev.rocky.compiler.govern.Construct.Keyword;
import dev.rocky.compiler.govern.Construct.Operator;
import dev.rocky.compiler.govern.Construct.PathAccess;
import dev.rocky.compiler.govern.Construct.StarModifier;
import dev.rocky.compiler.govern.Construct.TableFunction;
import dev.rocky.compiler.govern.Construct.Top;
import dev.rocky.core.project.Dialect;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The syntax of the portability catalog: clauses, operators and select-list forms that Calcite's
 * operator tables do not describe. {@code QUALIFY}, {@code ILIKE} and {@code ::} are listed although
 * all three dialects read them, so that a project's {@code allow} list naming them stays valid.
 */
final class SyntaxCatalog {
  private SyntaxCatalog() {}

  private static final Set<Dialect> ALL = Set.of(DUCKDB, SNOWFLAKE, DATABRICKS);

  static List<Construct> entries() {
    return List.of(
        syntax("QUALIFY", "QUALIFY", new Keyword("QUALIFY"), ALL,
            "wrap the query in a subquery and filter its window column with WHERE",
            "SELECT a FROM t QUALIFY ROW_NUMBER() OVER (ORDER BY a) = 1"),
        syntax("ILIKE", "ILIKE", new Keyword("ILIKE"), ALL, "LOWER(s) LIKE LOWER(pattern)",
            "SELECT s ILIKE 'x%' AS x FROM t"),
        syntax("::", "value::type", new Operator("::"), ALL, "CAST(value AS type)",
            "SELECT a::VARCHAR AS x FROM t"),
        syntax("RLIKE", "s RLIKE pattern", new Keyword("RLIKE"), Set.of(SNOWFLAKE, DATABRICKS),
            "REGEXP_LIKE(s, pattern)", "SELECT s RLIKE 'x' AS x FROM t")
            .on(DUCKDB, "REGEXP_MATCHES(s, pattern)"),
        syntax("REGEXP", "s REGEXP pattern", new Keyword("REGEXP"), Set.of(SNOWFLAKE, DATABRICKS),
            "REGEXP_LIKE(s, pattern)", "SELECT s REGEXP 'x' AS x FROM t")
            .on(DUCKDB, "REGEXP_MATCHES(s, pattern)"),
        syntax("LATERAL FLATTEN", "LATERAL FLATTEN(input => arr)", new TableFunction("FLATTEN"), Set.of(SNOWFLAKE),
            "UNNEST(arr)", "SELECT f.value AS x FROM t, LATERAL FLATTEN(input => t.arr) AS f")
            .on(DATABRICKS, "LATERAL VIEW EXPLODE(arr) or EXPLODE(arr) in the select list"),
        syntax("EXCLUDE", "* EXCLUDE (columns)", new StarModifier("EXCLUDE"), Set.of(DUCKDB, SNOWFLAKE),
            "list the columns to keep", "SELECT * EXCLUDE (a) FROM t")
            .on(DATABRICKS, "* EXCEPT (columns)"),
        syntax("EXCEPT", "* EXCEPT (columns)", new StarModifier("EXCEPT"), Set.of(DUCKDB, DATABRICKS),
            "list the columns to keep", "SELECT * EXCEPT (a) FROM t")
            .on(SNOWFLAKE, "* EXCLUDE (columns)"),
        syntax("REPLACE", "* REPLACE (expr AS column)", new StarModifier("REPLACE"), Set.of(DUCKDB, SNOWFLAKE),
            "list the columns, with the new expression AS the replaced column", "SELECT * REPLACE (a + 1 AS a) FROM t"),
        syntax("RENAME", "* RENAME (column AS name)", new StarModifier("RENAME"), Set.of(DUCKDB, SNOWFLAKE),
            "list the columns, renaming with AS", "SELECT * RENAME (a AS z) FROM t"),
        syntax("<=>", "a <=> b", new Operator("<=>"), Set.of(DATABRICKS), "a IS NOT DISTINCT FROM b",
            "SELECT a <=> b AS x FROM t"),
        syntax("==", "a == b", new Operator("=="), Set.of(DUCKDB, DATABRICKS), "a = b", "SELECT a == b AS x FROM t"),
        syntax("TOP", "SELECT TOP n", new Top(), Set.of(SNOWFLAKE), "LIMIT n", "SELECT TOP 1 a FROM t"),
        syntax(":", "column:field", new PathAccess(), Set.of(SNOWFLAKE, DATABRICKS),
            "JSON_EXTRACT_PATH_TEXT(column, 'field')", "SELECT j:k AS x FROM t")
            .on(DUCKDB, "JSON_EXTRACT_STRING(column, '$.field')"));
  }

  private static Construct syntax(String name, String form, Construct.Shape shape, Set<Dialect> by, String rewrite,
      String example) {
    return new Construct(name, form, shape, by, rewrite, Map.of(), example);
  }
}

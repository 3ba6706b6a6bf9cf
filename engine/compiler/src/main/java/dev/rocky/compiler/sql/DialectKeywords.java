package dev.rocky.compiler.sql;

import dev.rocky.core.project.Dialect;
import java.util.Locale;
import java.util.Set;

/**
 * The words each dialect does not accept as a column, table or alias name. Calcite reserves many
 * more ({@code value}, {@code month}, {@code measure}, ...); a word Calcite reserves but the dialect
 * does not is an identifier, and the parser may quote it ({@link ModelParser}).
 */
final class DialectKeywords {
  private DialectKeywords() {}

  /** DuckDB 2.0 {@code duckdb_keywords()}: the reserved and the type/function-name-only keywords. */
  private static final Set<String> DUCKDB = Set.of(("ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC BOTH CASE "
      + "CAST CHECK COLLATE COLUMN CONSTRAINT CREATE DEFAULT DEFERRABLE DESC DESCRIBE DISTINCT DO ELSE END EXCEPT "
      + "FALSE FETCH FOR FOREIGN FROM GROUP HAVING IN INITIALLY INTERSECT INTO LAMBDA LATERAL LEADING LIMIT NOT NULL "
      + "OFFSET ON ONLY OR ORDER PIVOT PIVOT_LONGER PIVOT_WIDER PLACING PRIMARY QUALIFY REFERENCES RETURNING SELECT "
      + "SHOW SOME SUMMARIZE SYMMETRIC TABLE THEN TO TRAILING TRUE UNION UNIQUE UNPIVOT USING VARIADIC WHEN WHERE "
      + "WINDOW WITH ANTI ASOF AT AUTHORIZATION BINARY BY COLLATION CONCURRENTLY CROSS FREEZE FULL GLOB ILIKE INNER IS "
      + "ISNULL JOIN LEFT LIKE NATURAL NOTNULL OUTER OVERLAPS POSITIONAL RIGHT SEMI SIMILAR TABLESAMPLE UNPACK "
      + "VERBOSE").split(" "));

  /** Snowflake's reserved and limited keywords (docs.snowflake.com, "Reserved & limited keywords"). */
  private static final Set<String> SNOWFLAKE = Set.of(("ACCOUNT ALL ALTER AND ANY AS BETWEEN BY CASE CAST CHECK "
      + "COLUMN CONNECT CONNECTION CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP "
      + "CURRENT_USER DATABASE DELETE DISTINCT DROP ELSE EXISTS FALSE FOLLOWING FOR FROM FULL GRANT GROUP GSCLUSTER "
      + "HAVING ILIKE IN INCREMENT INNER INSERT INTERSECT INTO IS ISSUE JOIN LATERAL LEFT LIKE LOCALTIME "
      + "LOCALTIMESTAMP MINUS NATURAL NOT NULL OF ON OR ORDER ORGANIZATION QUALIFY REGEXP REVOKE RIGHT RLIKE ROW ROWS "
      + "SAMPLE SCHEMA SELECT SET SOME START TABLE TABLESAMPLE THEN TO TRIGGER TRUE TRY_CAST UNION UNIQUE UPDATE "
      + "USING VALUES VIEW WHEN WHENEVER WHERE WITH").split(" "));

  /**
   * Databricks reserves few words outside ANSI mode; these are the ones its grammar cannot read as a
   * name in a query (joins, set operations, clause starters, literals).
   */
  private static final Set<String> DATABRICKS = Set.of(("ALL AND ANTI ANY AS ASC BETWEEN BY CASE CAST CROSS DESC "
      + "DISTINCT ELSE END EXCEPT EXISTS FALSE FOR FROM FULL GROUP HAVING IN INNER INTERSECT INTERVAL IS JOIN LATERAL "
      + "LEFT LIKE LIMIT MINUS NATURAL NOT NULL ON OR ORDER OUTER QUALIFY RIGHT RLIKE SELECT SEMI SOME TABLE THEN TRUE "
      + "UNION USING WHEN WHERE WINDOW WITH").split(" "));

  /** Whether {@code word} may name a column, table or alias in {@code dialect}. */
  static boolean isIdentifier(Dialect dialect, String word) {
    if (word.isEmpty() || !SqlTokens.isWordStart(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!SqlTokens.isWordPart(word.charAt(i))) {
        return false;
      }
    }
    String upper = word.toUpperCase(Locale.ROOT);
    return !switch (dialect) {
      case DUCKDB -> DUCKDB.contains(upper);
      case SNOWFLAKE -> SNOWFLAKE.contains(upper);
      case DATABRICKS -> DATABRICKS.contains(upper);
    };
  }
}

package dev.rocky.planner.govern;

import dev.rocky.core.config.MaskConfig.Strategy;
import dev.rocky.core.types.RockyType;
import dev.rocky.planner.sql.DatabricksSqlDialect;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.SnowflakeSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The masking expressions of each strategy, per dialect, and the names and signatures of the
 * warehouse objects that hold them. A mask on Databricks or Snowflake must return its column's type:
 * a string column is hashed ({@code sha2(v, 256)}), redacted ({@code '***'}) or partly shown (the
 * first and last two characters around {@code ***}, {@code ***} alone under five characters); any
 * other column is masked to NULL by every strategy but {@code none}. DuckDB's masked views are free
 * to change a column's type, so they mask the text of any column.
 */
public final class MaskFunctions {
  private MaskFunctions() {}

  /** The strategies that mask (all but {@code none}). */
  public static boolean masks(Strategy strategy) {
    return strategy != Strategy.NONE;
  }

  /** {@code rocky_mask_<strategy>_<env>}, plus {@code _<type>} for a column that is not a string. */
  public static String name(Strategy strategy, @Nullable String env, SqlDialect dialect, RockyType type) {
    String base = "rocky_mask_" + strategy.id() + "_" + envName(env);
    return isString(type) ? base : base + "_" + sqlType(dialect, type).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
        .replaceAll("_+$", "");
  }

  /** The environment as it appears in object names: {@code default} for none, else lower-case word characters. */
  public static String envName(@Nullable String env) {
    return env == null ? "default" : env.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }

  /** Whether a column of this type gets the string masks (an unknown type is taken to be a string). */
  public static boolean isString(RockyType type) {
    return type == RockyType.Simple.STRING || type == RockyType.Simple.UNKNOWN;
  }

  /** The type a mask function or policy of this dialect declares for a column of {@code type}. */
  public static String sqlType(SqlDialect dialect, RockyType type) {
    if (isString(type)) {
      return dialect instanceof SnowflakeSqlDialect ? "VARCHAR" : "STRING";
    }
    return switch (dialect) {
      case SnowflakeSqlDialect s -> switch (type) {
        case RockyType.Simple simple -> switch (simple) {
          case INT32, INT64, FLOAT32, FLOAT64 -> simple == RockyType.Simple.FLOAT32 || simple == RockyType.Simple.FLOAT64
              ? "FLOAT" : "NUMBER";
          case TIMESTAMP -> "TIMESTAMP_TZ";
          default -> simple.display();
        };
        case RockyType.Decimal d -> "NUMBER";
        default -> "VARIANT";
      };
      case DatabricksSqlDialect d -> switch (type) {
        case RockyType.Simple simple -> switch (simple) {
          case INT32 -> "INT";
          case INT64 -> "BIGINT";
          case FLOAT32 -> "FLOAT";
          case FLOAT64 -> "DOUBLE";
          default -> simple.display();
        };
        default -> type.display();
      };
      case DuckDbSqlDialect d -> "VARCHAR";
    };
  }

  /** The body of a mask function or policy over its parameter {@code v}. */
  public static String body(SqlDialect dialect, Strategy strategy, RockyType type) {
    if (!isString(type)) {
      return strategy == Strategy.NONE ? "v" : "CAST(NULL AS " + sqlType(dialect, type) + ")";
    }
    return switch (strategy) {
      case HASH -> dialect instanceof SnowflakeSqlDialect ? "SHA2(v, 256)" : "sha2(v, 256)";
      case REDACT -> "'***'";
      case PARTIAL -> dialect instanceof SnowflakeSqlDialect
          ? "CASE WHEN v IS NULL THEN NULL WHEN LENGTH(v) < 5 THEN '***' ELSE SUBSTR(v, 1, 2) || '***' || SUBSTR(v, LENGTH(v) - 1, 2) END"
          : "CASE WHEN v IS NULL THEN NULL WHEN length(v) < 5 THEN '***' ELSE concat(substring(v, 1, 2), '***', substring(v, length(v) - 1, 2)) END";
      case NONE -> "v";
    };
  }

  /** DuckDB: the masked value of an already quoted column, for a masked view. */
  public static String duckDbExpression(Strategy strategy, String column) {
    String text = "CAST(" + column + " AS VARCHAR)";
    return switch (strategy) {
      case HASH -> "sha256(" + text + ")";
      case REDACT -> "'***'";
      case PARTIAL -> "CASE WHEN " + column + " IS NULL THEN NULL WHEN length(" + text + ") < 5 THEN '***' ELSE substring("
          + text + ", 1, 2) || '***' || substring(" + text + ", length(" + text + ") - 1, 2) END";
      case NONE -> column;
    };
  }

  /**
   * DuckDB: a condition true for a value of a masked view column that the strategy could not have
   * produced (so the column is not masked); the verifier counts such values.
   */
  public static String duckDbLeak(Strategy strategy, String column) {
    return switch (strategy) {
      case HASH -> column + " IS NOT NULL AND NOT regexp_full_match(CAST(" + column + " AS VARCHAR), '[0-9a-f]{64}')";
      case REDACT -> column + " IS DISTINCT FROM '***'";
      case PARTIAL -> column + " IS NOT NULL AND NOT (CAST(" + column + " AS VARCHAR) = '***' OR regexp_full_match(CAST("
          + column + " AS VARCHAR), '(?s).{2}[*]{3}.{2}'))";
      case NONE -> "FALSE";
    };
  }
}

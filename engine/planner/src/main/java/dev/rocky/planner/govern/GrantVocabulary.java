package dev.rocky.planner.govern;

import dev.rocky.planner.sql.DatabricksSqlDialect;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.SnowflakeSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a permission written in configuration (Rocky's vocabulary, that of Unity Catalog: {@code BROWSE},
 * {@code USE CATALOG}, {@code USE SCHEMA}, {@code SELECT}, {@code MODIFY}, {@code MANAGE}) becomes on
 * a securable of each warehouse, and which privileges Rocky reconciles there. Privileges outside that
 * managed set ({@code OWNERSHIP}, {@code ALL PRIVILEGES}, {@code CREATE SCHEMA}...) are never granted
 * or revoked.
 */
public final class GrantVocabulary {
  private GrantVocabulary() {}

  /** A permission's privileges on one warehouse, or why it cannot be granted there. */
  public sealed interface Translation {
    record Privileges(List<String> privileges) implements Translation {
      public Privileges {
        privileges = List.copyOf(privileges);
      }
    }

    record Unsupported(String reason) implements Translation {}
  }

  /** The privileges Rocky grants and revokes on this kind of securable. */
  public static Set<String> managed(SqlDialect dialect, Securable on) {
    return switch (dialect) {
      case DatabricksSqlDialect d -> switch (on) {
        case Securable.Catalog c -> Set.of("BROWSE", "USE CATALOG", "USE SCHEMA", "SELECT", "MODIFY", "MANAGE");
        case Securable.Schema s -> Set.of("USE SCHEMA", "SELECT", "MODIFY", "MANAGE");
        case Securable.Table t -> Set.of("SELECT", "MODIFY", "MANAGE");
      };
      case SnowflakeSqlDialect s -> switch (on) {
        case Securable.Catalog c -> Set.of("USAGE");
        case Securable.Schema sc -> Set.of("USAGE");
        case Securable.Table t -> Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE");
      };
      case DuckDbSqlDialect d -> Set.of();
    };
  }

  public static Translation translate(SqlDialect dialect, Securable on, String permission) {
    String p = permission.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    Set<String> managed = managed(dialect, on);
    return switch (dialect) {
      case DatabricksSqlDialect d -> managed.contains(p) ? new Translation.Privileges(List.of(p))
          : new Translation.Unsupported(p + " is not a privilege Rocky manages on a Databricks " + on.kind()
              + " (managed: " + String.join(", ", sorted(managed)) + ")");
      case SnowflakeSqlDialect s -> snowflake(on, p, managed);
      case DuckDbSqlDialect d -> new Translation.Unsupported("DuckDB has no roles or grants");
    };
  }

  private static Translation snowflake(Securable on, String p, Set<String> managed) {
    if (managed.contains(p)) {
      return new Translation.Privileges(List.of(p));
    }
    return switch (on) {
      case Securable.Catalog c -> p.equals("USE CATALOG") ? new Translation.Privileges(List.of("USAGE"))
          : new Translation.Unsupported("Snowflake has no " + p + " on a database: grant USE CATALOG (USAGE) on it,"
              + " and SELECT or MODIFY on the models' tables with [governance] grants in their sidecars");
      case Securable.Schema s -> p.equals("USE SCHEMA") ? new Translation.Privileges(List.of("USAGE"))
          : new Translation.Unsupported("Snowflake has no " + p + " on a schema: grant USE SCHEMA (USAGE) on it,"
              + " and SELECT or MODIFY on the models' tables with [governance] grants in their sidecars");
      case Securable.Table t -> switch (p) {
        case "MODIFY" -> new Translation.Privileges(List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE"));
        default -> new Translation.Unsupported(p + " is not a privilege Rocky manages on a Snowflake table"
            + " (SELECT, MODIFY, or one of " + String.join(", ", sorted(managed)) + ")");
      };
    };
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }
}

package dev.rocky.planner.govern;

import dev.rocky.core.port.QueryResult;
import dev.rocky.planner.sql.DatabricksSqlDialect;
import dev.rocky.planner.sql.DuckDbSqlDialect;
import dev.rocky.planner.sql.SnowflakeSqlDialect;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * GRANT, REVOKE and SHOW GRANTS for one dialect, and the privileges a configured permission becomes
 * there ({@link GrantVocabulary}). DuckDB has no roles, so it has no grants: {@link #supported()} is
 * false and the statement methods refuse. Databricks principals are quoted with backticks; Snowflake
 * grants to roles, quoted as Snowflake folds a bare name ({@code analysts} is the role
 * {@code ANALYSTS}).
 */
public final class GrantSql {
  private final SqlDialect dialect;

  public GrantSql(SqlDialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  public SqlDialect dialect() {
    return dialect;
  }

  /** Whether the warehouse has grants at all. */
  public boolean supported() {
    return !(dialect instanceof DuckDbSqlDialect);
  }

  public String grant(Securable on, String privilege, String principal) {
    return "GRANT " + privilege(privilege) + " ON " + securable(on) + " TO " + grantee(principal);
  }

  public String revoke(Securable on, String privilege, String principal) {
    return "REVOKE " + privilege(privilege) + " ON " + securable(on) + " FROM " + grantee(principal);
  }

  /** The query listing the privileges granted on {@code on}; read its rows with {@link #currentGrants}. */
  public String showGrants(Securable on) {
    return "SHOW GRANTS ON " + securable(on);
  }

  /** One privilege a principal holds on a securable. */
  public record Held(String principal, String privilege) {}

  /**
   * The grants in a {@link #showGrants} result: Databricks' {@code Principal} and {@code ActionType}
   * columns; Snowflake's {@code grantee_name} and {@code privilege} of the rows granted to a role.
   */
  public List<Held> currentGrants(QueryResult rows) {
    List<Held> out = new ArrayList<>();
    for (int r = 0; r < rows.rowCount(); r++) {
      switch (dialect) {
        case DatabricksSqlDialect d -> out.add(new Held(text(rows, r, "Principal"), text(rows, r, "ActionType")));
        case SnowflakeSqlDialect s -> {
          if (text(rows, r, "granted_to").equalsIgnoreCase("ROLE")) {
            out.add(new Held(text(rows, r, "grantee_name"), text(rows, r, "privilege")));
          }
        }
        case DuckDbSqlDialect d -> throw unsupported();
      }
    }
    return out;
  }

  private static String text(QueryResult rows, int row, String column) {
    for (String name : rows.columnNames()) {
      if (name.equalsIgnoreCase(column)) {
        Object value = rows.value(row, name);
        return value == null ? "" : value.toString();
      }
    }
    throw new IllegalArgumentException("SHOW GRANTS returned no column " + column + ": " + rows.columnNames());
  }

  private String securable(Securable on) {
    return switch (dialect) {
      case DatabricksSqlDialect d -> switch (on) {
        case Securable.Catalog c -> "CATALOG " + d.quoteIdentifier(c.name());
        case Securable.Schema s -> "SCHEMA " + schema(s);
        case Securable.Table t -> "TABLE " + d.table(t.table());
      };
      case SnowflakeSqlDialect sf -> switch (on) {
        case Securable.Catalog c -> "DATABASE " + sf.quoteIdentifier(c.name());
        case Securable.Schema s -> "SCHEMA " + schema(s);
        case Securable.Table t -> "TABLE " + sf.table(t.table());
      };
      case DuckDbSqlDialect d -> throw unsupported();
    };
  }

  private String schema(Securable.Schema s) {
    return dialect.schema(new TableName(s.catalog(), s.schema(), "_"));
  }

  private String grantee(String principal) {
    Principals.require(principal);
    return switch (dialect) {
      case DatabricksSqlDialect d -> d.quoteIdentifier(principal);
      case SnowflakeSqlDialect s -> "ROLE " + s.quoteReference(principal);
      case DuckDbSqlDialect d -> throw unsupported();
    };
  }

  private static String privilege(String privilege) {
    String p = privilege.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (!p.matches("[A-Z]+( [A-Z]+)*")) {
      throw new IllegalArgumentException("not a privilege: " + privilege);
    }
    return p;
  }

  private IllegalStateException unsupported() {
    return new IllegalStateException(dialect.dialect().id() + " has no grants; check supported() first");
  }
}

package dev.rocky.testkit.emulator.snowflake;

import dev.rocky.testkit.emulator.Snapshots;
import dev.rocky.testkit.emulator.Governance;
import dev.rocky.testkit.emulator.TableNames;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * The Snowflake statements DuckDB has no equivalent for, recognised in translated SQL: CLONE,
 * {@code AT(TIMESTAMP => ...)}, masking policies, grants, {@code SHOW GRANTS}, the
 * {@code QUERY_HISTORY} table function and {@code ALTER SESSION}. Each becomes DuckDB SQL or an
 * answer the emulator gives itself.
 */
final class SnowflakeSpecials {
  private static final String REF = "(" + TableNames.REFERENCE + ")";
  private static final String STATUS = "Statement executed successfully.";

  private final Snapshots snapshots;
  private final Governance governance;
  private final Supplier<List<EmulatedQuery>> log;

  SnowflakeSpecials(Snapshots snapshots, Governance governance, Supplier<List<EmulatedQuery>> log) {
    this.snapshots = snapshots;
    this.governance = governance;
    this.log = log;
  }

  sealed interface Plan {}

  /** Run on DuckDB; {@code written} is the table it writes (for Time Travel), {@code fresh} when it creates it. */
  record Run(String sql, @Nullable String written, boolean fresh, long statementType) implements Plan {}

  record Answer(Object outcome) implements Plan {}

  /** Sets the session's autocommit mode. */
  record Autocommit(boolean on) implements Plan {}

  Plan plan(String sql, EmulatedSession session) {
    String db = session.database;
    String schema = session.schema.toLowerCase(Locale.ROOT);
    Matcher m;
    if ((m = SnowflakeToDuckDb.match("CREATE\\s+OR\\s+REPLACE\\s+TABLE\\s+" + REF + "\\s+CLONE\\s+" + REF, sql)) != null) {
      return new Run("CREATE OR REPLACE TABLE " + m.group(1) + " AS SELECT * FROM " + m.group(2),
          TableNames.key(m.group(1), db, schema), true, Wire.DDL);
    }
    if ((m = SnowflakeToDuckDb.match("SELECT\\s+\\*\\s+FROM\\s+" + REF
        + "\\s+AT\\s*\\(\\s*TIMESTAMP\\s*=>\\s*emu\\.main\\.to_timestamp_ltz\\('([^']+)'\\)\\s*\\)", sql)) != null) {
      String key = TableNames.key(m.group(1), db, schema);
      Instant at = OffsetDateTime.parse(m.group(2)).toInstant();
      return snapshots.asOf(key, at).<Plan>map(v -> new Run("SELECT * FROM emu.main.\"" + v.copy() + "\"", null, false, Wire.SELECT))
          .orElse(new Answer(new DuckDbToSnowflake.Failure("000707", "02000",
              "Time travel data is not available for table " + key + ".")));
    }
    if ((m = SnowflakeToDuckDb.match("CREATE\\s+(?:OR\\s+REPLACE\\s+)?MASKING\\s+POLICY\\s+" + REF
        + "\\s+AS\\s*\\(\\s*(\\w+)\\s+\\w+\\s*\\)\\s+RETURNS\\s+\\w+\\s*->\\s*(.+)", sql)) != null) {
      return new Run("CREATE OR REPLACE MACRO " + m.group(1) + "(" + m.group(2) + ") AS " + m.group(3), null, false, Wire.DDL);
    }
    if ((m = SnowflakeToDuckDb.match("ALTER\\s+TABLE\\s+" + REF + "\\s+MODIFY\\s+COLUMN\\s+(\"(?:[^\"]|\"\")*\"|\\w+)"
        + "\\s+SET\\s+MASKING\\s+POLICY\\s+" + REF + "(?:\\s+FORCE)?", sql)) != null) {
      governance.mask(TableNames.key(m.group(1), db, schema), unquote(m.group(2)), m.group(3));
      return new Run("SELECT '" + STATUS + "' AS status FROM " + m.group(1) + " LIMIT 1", null, false, Wire.DDL);
    }
    if ((m = SnowflakeToDuckDb.match("(GRANT|REVOKE)\\s+([A-Z_ ]+?)\\s+ON\\s+TABLE\\s+" + REF
        + "\\s+(?:TO|FROM)\\s+ROLE\\s+(\"(?:[^\"]|\"\")*\"|\\w+)", sql)) != null) {
      Governance.GrantRow row = new Governance.GrantRow(TableNames.key(m.group(3), db, schema), unquote(m.group(4)),
          m.group(2).toUpperCase(Locale.ROOT));
      if (m.group(1).equalsIgnoreCase("GRANT")) {
        governance.grant(row);
      } else {
        governance.revoke(row);
      }
      return new Run("SELECT '" + STATUS + "' AS status FROM " + m.group(3) + " LIMIT 0", null, false, Wire.DDL);
    }
    if ((m = SnowflakeToDuckDb.match("SHOW\\s+GRANTS\\s+ON\\s+TABLE\\s+" + REF, sql)) != null) {
      return new Answer(showGrants(TableNames.key(m.group(1), db, schema)));
    }
    if ((m = SnowflakeToDuckDb.match(".*FROM\\s+TABLE\\(\\s*INFORMATION_SCHEMA\\.QUERY_HISTORY\\(\\s*END_TIME_RANGE_START\\s*=>"
        + "\\s*emu\\.main\\.to_timestamp_ltz\\('([^']+)'\\).*", sql)) != null) {
      return new Answer(history(OffsetDateTime.parse(m.group(1)).toInstant()));
    }
    if ((m = SnowflakeToDuckDb.match("ALTER\\s+SESSION\\s+(?:/\\*.*?\\*/\\s*)?SET\\s+AUTOCOMMIT\\s*=\\s*(TRUE|FALSE)", sql)) != null) {
      return new Autocommit(m.group(1).equalsIgnoreCase("TRUE"));
    }
    if (SnowflakeToDuckDb.match("ALTER\\s+SESSION\\s+.*", sql) != null) {
      return new Answer(status(Wire.ALTER_SESSION));
    }
    if ((m = SnowflakeToDuckDb.match("DROP\\s+SCHEMA\\s+(?:IF\\s+EXISTS\\s+)?" + REF + ".*", sql)) != null) {
      String key = TableNames.key(m.group(1) + ".x", db, schema);
      governance.dropSchema(key.substring(0, key.lastIndexOf('.')));
    }
    String body = governance.applyMasks(sql, db, schema);
    String verb = sql.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
    long type = switch (verb) {
      case "SELECT", "WITH", "SHOW", "DESCRIBE", "VALUES" -> Wire.SELECT;
      case "INSERT" -> Wire.INSERT;
      case "UPDATE" -> Wire.UPDATE;
      case "DELETE" -> Wire.DELETE;
      case "MERGE" -> Wire.MERGE;
      case "BEGIN", "COMMIT", "ROLLBACK" -> Wire.TCL;
      default -> Wire.DDL;
    };
    m = SnowflakeToDuckDb.match("(?:INSERT\\s+INTO|MERGE\\s+INTO|DELETE\\s+FROM|UPDATE|CREATE\\s+(OR\\s+REPLACE\\s+)?TABLE"
        + "(?:\\s+IF\\s+NOT\\s+EXISTS)?)\\s+" + REF + "(.*)", sql);
    if (m != null) {
      boolean create = verb.equals("CREATE") && m.group(1) == null;
      return new Run(body, TableNames.key(m.group(2), db, schema), create, type);
    }
    return new Run(body, null, false, type);
  }

  static Wire.Result status(long type) {
    return new Wire.Result(List.of(new Wire.Column("status", "text", 0, 0)), List.of(List.of(STATUS)), type);
  }

  private Wire.Result showGrants(String key) {
    List<List<@Nullable String>> rows = new ArrayList<>();
    String created = DuckDbToSnowflake.epoch(Instant.now().getEpochSecond(), 0);
    rows.add(List.of(created, "OWNERSHIP", "TABLE", key.toUpperCase(Locale.ROOT), "ROLE", "SYSADMIN", "true", "SYSADMIN"));
    for (Governance.GrantRow g : governance.grantsOn(key)) {
      rows.add(List.of(created, g.privilege(), "TABLE", key.toUpperCase(Locale.ROOT), "ROLE", g.principal(), "false", "SYSADMIN"));
    }
    List<Wire.Column> columns = new ArrayList<>(List.of(new Wire.Column("created_on", "timestamp_ltz", 0, 9)));
    for (String name : List.of("privilege", "granted_on", "name", "granted_to", "grantee_name", "grant_option", "granted_by")) {
      columns.add(new Wire.Column(name, "text", 0, 0));
    }
    return new Wire.Result(columns, rows, Wire.SELECT);
  }

  private Wire.Result history(Instant since) {
    List<List<@Nullable String>> rows = new ArrayList<>();
    for (EmulatedQuery q : log.get()) {
      Long elapsed = q.elapsedMillis();
      if (q.started.isBefore(since) || elapsed == null) {
        continue;
      }
      rows.add(java.util.Arrays.asList(q.id, q.sql, DuckDbToSnowflake.epoch(q.started.getEpochSecond(), q.started.getNano()),
          String.valueOf(elapsed), String.valueOf(512L * (1 + q.sql.length())), q.tag));
    }
    return new Wire.Result(List.of(new Wire.Column("QUERY_ID", "text", 0, 0), new Wire.Column("QUERY_TEXT", "text", 0, 0),
        new Wire.Column("START_TIME", "timestamp_ltz", 0, 9), new Wire.Column("TOTAL_ELAPSED_TIME", "fixed", 38, 0),
        new Wire.Column("BYTES_SCANNED", "fixed", 38, 0), new Wire.Column("QUERY_TAG", "text", 0, 0)), rows, Wire.SELECT);
  }

  private static String unquote(String part) {
    return part.startsWith("\"") ? part.substring(1, part.length() - 1).replace("\"\"", "\"") : part;
  }
}

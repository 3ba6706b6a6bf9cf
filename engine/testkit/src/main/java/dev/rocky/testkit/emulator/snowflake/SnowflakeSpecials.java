package dev.rocky.testkit.emulator.snowflake;

import dev.rocky.testkit.emulator.EmulatedSql;
import dev.rocky.testkit.emulator.Snapshots;
import dev.rocky.testkit.emulator.EmulatedExplain;
import dev.rocky.testkit.emulator.FunctionCalls;
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
 * {@code AT(TIMESTAMP => ...)} (a table read at an instant anywhere in a statement reads the copy it
 * had then), {@code HASH_AGG}, masking policies, grants, {@code SHOW GRANTS}, the
 * {@code QUERY_HISTORY} table function and {@code ALTER SESSION}. Each becomes DuckDB SQL or an
 * answer the emulator gives itself.
 */
final class SnowflakeSpecials {
  private static final String REF = "(" + TableNames.REFERENCE + ")";
  private static final String STATUS = "Statement executed successfully.";
  private static final String COLUMN = "(\"(?:[^\"]|\"\")*\"|\\w+)";

  /** A table read at an instant, anywhere in a statement: {@code t AT(TIMESTAMP => TO_TIMESTAMP_LTZ('...'))}. */
  private static final java.util.regex.Pattern AT_TIMESTAMP = java.util.regex.Pattern.compile("(?<![\\w.\"])("
      + TableNames.REFERENCE + ")\\s+AT\\s*\\(\\s*TIMESTAMP\\s*=>\\s*emu\\.main\\.to_timestamp_ltz\\('([^']+)'\\)\\s*\\)",
      java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern FROM = java.util.regex.Pattern.compile("\\bFROM\\s+(" + TableNames.REFERENCE + ")",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  private final Snapshots snapshots;
  private final Governance governance;
  private final Supplier<List<EmulatedQuery>> log;
  /** Each masking policy's argument name, by policy key, for {@code ALTER MASKING POLICY ... SET BODY}. */
  private final java.util.Map<String, String> policyArguments = new java.util.concurrent.ConcurrentHashMap<>();

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

  /** {@code EXPLAIN USING JSON}: plan {@code query} on DuckDB and answer with Snowflake's JSON. */
  record Explain(String query) implements Plan {}

  Plan plan(String given, EmulatedSession session) {
    String db = session.database;
    String schema = session.schema.toLowerCase(Locale.ROOT);
    Matcher m;
    StringBuilder pinned = new StringBuilder();
    Matcher travel = AT_TIMESTAMP.matcher(given);
    while (travel.find()) {
      String key = TableNames.key(travel.group(1), db, schema);
      Instant at = OffsetDateTime.parse(travel.group(2)).toInstant();
      var copy = snapshots.asOf(key, at);
      if (copy.isEmpty()) {
        return new Answer(new DuckDbToSnowflake.Failure("000707", "02000",
            "Time travel data is not available for table " + TableNames.lastPart(key).toUpperCase(Locale.ROOT)
                + ". The requested time is either beyond the allowed time travel period or before the object creation time."));
      }
      travel.appendReplacement(pinned, Matcher.quoteReplacement(copy.get().reference()));
    }
    String sql = hashAggregates(travel.appendTail(pinned).toString());
    if ((m = EmulatedSql.match("EXPLAIN\\s+USING\\s+JSON\\s+(.+)", sql)) != null) {
      return new Explain(governance.applyMasks(m.group(1), db, schema));
    }
    if ((m = EmulatedSql.match("CREATE\\s+OR\\s+REPLACE\\s+TABLE\\s+" + REF + "\\s+CLONE\\s+" + REF, sql)) != null) {
      return new Run("CREATE OR REPLACE TABLE " + m.group(1) + " AS SELECT * FROM " + m.group(2),
          TableNames.key(m.group(1), db, schema), true, Wire.DDL);
    }
    if ((m = EmulatedSql.match("CREATE\\s+(?:OR\\s+REPLACE\\s+)?MASKING\\s+POLICY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + REF
        + "\\s+AS\\s*\\(\\s*(\\w+)\\s+\\w+\\s*\\)\\s+RETURNS\\s+\\w+\\s*->\\s*(.+)", sql)) != null) {
      policyArguments.put(TableNames.key(m.group(1), db, schema), m.group(2));
      return new Run("CREATE OR REPLACE MACRO " + m.group(1) + "(" + m.group(2) + ") AS " + m.group(3), null, false, Wire.DDL);
    }
    if ((m = EmulatedSql.match("ALTER\\s+MASKING\\s+POLICY\\s+" + REF + "\\s+SET\\s+BODY\\s*->\\s*(.+)", sql)) != null) {
      String argument = policyArguments.getOrDefault(TableNames.key(m.group(1), db, schema), "v");
      return new Run("CREATE OR REPLACE MACRO " + m.group(1) + "(" + argument + ") AS " + m.group(2), null, false, Wire.DDL);
    }
    if ((m = EmulatedSql.match("ALTER\\s+(?:TABLE|VIEW)\\s+" + REF + "\\s+MODIFY\\s+COLUMN\\s+" + COLUMN
        + "\\s+UNSET\\s+MASKING\\s+POLICY", sql)) != null) {
      governance.unmask(TableNames.key(m.group(1), db, schema), unquote(m.group(2)));
      return new Answer(status(Wire.DDL));
    }
    if (EmulatedSql.match("CREATE\\s+TAG\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + REF, sql) != null) {
      return new Answer(status(Wire.DDL));
    }
    if ((m = EmulatedSql.match("ALTER\\s+(?:TABLE|VIEW)\\s+" + REF + "(?:\\s+MODIFY\\s+COLUMN\\s+" + COLUMN + ")?"
        + "\\s+SET\\s+TAG\\s+(.+)", sql)) != null) {
      String key = TableNames.key(m.group(1), db, schema);
      String column = m.group(2) == null ? null : unquote(m.group(2)).toLowerCase(Locale.ROOT);
      Matcher tag = java.util.regex.Pattern.compile("(" + TableNames.REFERENCE + ")\\s*=\\s*'((?:[^']|'')*)'").matcher(m.group(3));
      while (tag.find()) {
        governance.tag(new Governance.TagRow(key, column, TableNames.lastPart(TableNames.key(tag.group(1), db, schema)),
            tag.group(2).replace("''", "'")));
      }
      return new Answer(status(Wire.DDL));
    }
    if ((m = EmulatedSql.match("SELECT\\s+ref_column_name\\s+AS\\s+column_name\\s*,\\s*policy_name\\s+AS\\s+mask_name"
        + "\\s+FROM\\s+TABLE\\(\\s*(?:" + TableNames.PART + "\\s*\\.\\s*)?INFORMATION_SCHEMA\\.POLICY_REFERENCES\\(\\s*"
        + "REF_ENTITY_NAME\\s*=>\\s*'((?:[^']|'')*)'\\s*,\\s*REF_ENTITY_DOMAIN\\s*=>\\s*'table'\\s*\\)\\s*\\)"
        + "\\s+WHERE\\s+policy_kind\\s*=\\s*'MASKING_POLICY'", sql)) != null) {
      return new Answer(policyReferences(TableNames.key(m.group(1).replace("''", "'"), db, schema)));
    }
    if ((m = EmulatedSql.match("ALTER\\s+(?:TABLE|VIEW)\\s+" + REF + "\\s+MODIFY\\s+COLUMN\\s+" + COLUMN
        + "\\s+SET\\s+MASKING\\s+POLICY\\s+" + REF + "(?:\\s+FORCE)?", sql)) != null) {
      governance.mask(TableNames.key(m.group(1), db, schema), unquote(m.group(2)), m.group(3));
      return new Run("SELECT '" + STATUS + "' AS status FROM " + m.group(1) + " LIMIT 1", null, false, Wire.DDL);
    }
    if ((m = EmulatedSql.match("(GRANT|REVOKE)\\s+([A-Z_ ]+?)\\s+ON\\s+(DATABASE|SCHEMA|TABLE)\\s+" + REF
        + "\\s+(?:TO|FROM)\\s+ROLE\\s+(\"(?:[^\"]|\"\")*\"|\\w+)", sql)) != null) {
      String kind = m.group(3).toUpperCase(Locale.ROOT);
      Governance.GrantRow row = new Governance.GrantRow(securable(kind, m.group(4), db, schema), unquote(m.group(5)),
          m.group(2).toUpperCase(Locale.ROOT));
      if (m.group(1).equalsIgnoreCase("GRANT")) {
        governance.grant(row);
      } else {
        governance.revoke(row);
      }
      return kind.equals("TABLE") ? new Run("SELECT '" + STATUS + "' AS status FROM " + m.group(4) + " LIMIT 0", null, false,
          Wire.DDL) : new Answer(status(Wire.DDL));
    }
    if ((m = EmulatedSql.match("SHOW\\s+GRANTS\\s+ON\\s+(DATABASE|SCHEMA|TABLE)\\s+" + REF, sql)) != null) {
      String kind = m.group(1).toUpperCase(Locale.ROOT);
      return new Answer(showGrants(kind, securable(kind, m.group(2), db, schema)));
    }
    if ((m = EmulatedSql.match(".*FROM\\s+TABLE\\(\\s*INFORMATION_SCHEMA\\.QUERY_HISTORY\\(\\s*END_TIME_RANGE_START\\s*=>"
        + "\\s*emu\\.main\\.to_timestamp_ltz\\('([^']+)'\\).*", sql)) != null) {
      return new Answer(history(OffsetDateTime.parse(m.group(1)).toInstant()));
    }
    if ((m = EmulatedSql.match("ALTER\\s+SESSION\\s+(?:/\\*.*?\\*/\\s*)?SET\\s+AUTOCOMMIT\\s*=\\s*(TRUE|FALSE)", sql)) != null) {
      return new Autocommit(m.group(1).equalsIgnoreCase("TRUE"));
    }
    if (EmulatedSql.match("ALTER\\s+SESSION\\s+.*", sql) != null) {
      return new Answer(status(Wire.ALTER_SESSION));
    }
    if ((m = EmulatedSql.match("DROP\\s+SCHEMA\\s+(?:IF\\s+EXISTS\\s+)?" + REF + ".*", sql)) != null) {
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
    m = EmulatedSql.match("(?:INSERT\\s+INTO|MERGE\\s+INTO|DELETE\\s+FROM|UPDATE|CREATE\\s+(OR\\s+REPLACE\\s+)?TABLE"
        + "(?:\\s+IF\\s+NOT\\s+EXISTS)?)\\s+" + REF + "(.*)", sql);
    if (m != null) {
      boolean create = verb.equals("CREATE") && m.group(1) == null;
      return new Run(body, TableNames.key(m.group(2), db, schema), create, type);
    }
    return new Run(body, null, false, type);
  }

  /**
   * {@code HASH_AGG(x)} becomes the sum of DuckDB's {@code hash(x)} over the rows, as a 128-bit
   * integer (0 for none): order-independent and sensitive to duplicates like Snowflake's, though its
   * values are not Snowflake's. {@code HASH_AGG(*)} hashes the whole row: the row of the table the
   * statement reads FROM, by that table's name.
   */
  private static String hashAggregates(String sql) {
    if (!sql.toUpperCase(Locale.ROOT).contains("HASH_AGG")) {
      return sql;
    }
    Matcher from = FROM.matcher(sql);
    String row = from.find() ? lastPart(from.group(1)) : "*";
    return FunctionCalls.rewrite(sql, "HASH_AGG", arguments -> "coalesce(sum(CAST(hash("
        + (arguments.strip().equals("*") ? row : arguments) + ") AS HUGEINT)), 0)");
  }

  /** The last part of a dotted reference, as written. */
  private static String lastPart(String reference) {
    Matcher parts = java.util.regex.Pattern.compile(TableNames.PART).matcher(reference);
    String last = reference;
    while (parts.find()) {
      last = parts.group();
    }
    return last;
  }

  /**
   * {@code EXPLAIN USING JSON} as Snowflake answers it: one {@code content} column holding
   * {@code GlobalStats} (partitions and bytes assigned) and the operations, one TableScan per table.
   */
  static Wire.Result explain(EmulatedExplain.Plan plan) {
    long bytes = plan.scans().stream().mapToLong(EmulatedExplain.Scan::rows).sum() * EmulatedExplain.BYTES_PER_ROW;
    StringBuilder ops = new StringBuilder("[{\"id\":0,\"operation\":\"Result\"}");
    int id = 1;
    for (EmulatedExplain.Scan scan : plan.scans()) {
      ops.append(",{\"id\":").append(id++).append(",\"parentOperators\":[0],\"operation\":\"TableScan\",\"objects\":[\"")
          .append(scan.table().toUpperCase(Locale.ROOT)).append("\"],\"partitionsAssigned\":1,\"partitionsTotal\":1,")
          .append("\"bytesAssigned\":").append(scan.rows() * EmulatedExplain.BYTES_PER_ROW).append('}');
    }
    String json = "{\"GlobalStats\":{\"partitionsTotal\":" + plan.scans().size() + ",\"partitionsAssigned\":"
        + plan.scans().size() + ",\"bytesAssigned\":" + bytes + "},\"Operations\":[" + ops + "]]}";
    return new Wire.Result(List.of(new Wire.Column("content", "text", 0, 0)), List.of(List.of(json)), Wire.SELECT);
  }

  static Wire.Result status(long type) {
    return new Wire.Result(List.of(new Wire.Column("status", "text", 0, 0)), List.of(List.of(STATUS)), type);
  }

  /** The key grants on a securable are kept under: a table's key, {@code schema:db.schema}, {@code database:name}. */
  private static String securable(String kind, String reference, String db, String schema) {
    return switch (kind) {
      case "TABLE" -> TableNames.key(reference, db, schema);
      case "SCHEMA" -> {
        String key = TableNames.key(reference + ".x", db, schema);
        yield "schema:" + key.substring(0, key.lastIndexOf('.'));
      }
      default -> "database:" + unquote(reference.strip()).toLowerCase(Locale.ROOT);
    };
  }

  /** {@code POLICY_REFERENCES} of one table, masking policies only: column and policy name. */
  private Wire.Result policyReferences(String key) {
    List<List<@Nullable String>> rows = new ArrayList<>();
    governance.masksOn(key).forEach((column, policy) -> rows.add(List.of(column.toUpperCase(Locale.ROOT),
        TableNames.lastPart(TableNames.key(policy, "d", "s")))));
    return new Wire.Result(List.of(new Wire.Column("COLUMN_NAME", "text", 0, 0), new Wire.Column("MASK_NAME", "text", 0, 0)),
        rows, Wire.SELECT);
  }

  private Wire.Result showGrants(String kind, String key) {
    String name = key.substring(key.indexOf(':') + 1).toUpperCase(Locale.ROOT);
    List<List<@Nullable String>> rows = new ArrayList<>();
    String created = DuckDbToSnowflake.epoch(Instant.now().getEpochSecond(), 0);
    rows.add(List.of(created, "OWNERSHIP", kind, name, "ROLE", "SYSADMIN", "true", "SYSADMIN"));
    for (Governance.GrantRow g : governance.grantsOn(key)) {
      rows.add(List.of(created, g.privilege(), kind, name, "ROLE", g.principal(), "false", "SYSADMIN"));
    }
    List<Wire.Column> columns = new ArrayList<>(List.of(new Wire.Column("created_on", "timestamp_ltz", 0, 9)));
    for (String header : List.of("privilege", "granted_on", "name", "granted_to", "grantee_name", "grant_option", "granted_by")) {
      columns.add(new Wire.Column(header, "text", 0, 0));
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

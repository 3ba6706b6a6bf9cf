package dev.rocky.testkit.emulator.databricks;

import dev.rocky.testkit.emulator.EmulatedSql;
import dev.rocky.testkit.emulator.Snapshots;
import dev.rocky.testkit.emulator.Governance;
import dev.rocky.testkit.emulator.TableNames;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * The Databricks statements DuckDB has no equivalent for, recognised in translated SQL: SHALLOW
 * CLONE, {@code DESCRIBE HISTORY}, VERSION/TIMESTAMP AS OF (a table read at a version anywhere in a
 * statement reads that version's copy), SQL functions, column masks and grants. Each becomes either
 * DuckDB SQL or an answer the emulator gives itself.
 */
final class SpecialStatements {
  private static final String REF = "(" + TableNames.REFERENCE + ")";
  private static final String COLUMN = "(\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_]*)";

  /** A table read at a Delta version, anywhere in a statement: {@code t VERSION AS OF n}. */
  private static final java.util.regex.Pattern VERSION_AS_OF = java.util.regex.Pattern.compile(
      "(?<![\\w.\"])(" + TableNames.REFERENCE + ")\\s+VERSION\\s+AS\\s+OF\\s+(\\d+)", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final Snapshots snapshots;
  private final Governance governance;

  SpecialStatements(Snapshots snapshots, Governance governance) {
    this.snapshots = snapshots;
    this.governance = governance;
  }

  /** What to do for a statement. */
  sealed interface Plan {}

  /** Run {@code sql} on DuckDB; {@code written} is the table it writes (for history), {@code fresh} when it creates it. */
  record Run(String sql, @Nullable String written, boolean fresh) implements Plan {}

  /** Answer without DuckDB. */
  record Answer(Outcome outcome) implements Plan {}

  /** {@code DESCRIBE HISTORY}: the latest {@code limit} versions of the table {@code key}. */
  record History(String key, int limit) implements Plan {}

  /** {@code EXPLAIN COST}: plan {@code query} on DuckDB and answer with Spark's text. */
  record Explain(String query) implements Plan {}

  Plan plan(String given, String catalog, String schema) {
    Matcher m;
    if ((m = EmulatedSql.match("DESCRIBE\\s+HISTORY\\s+" + REF + "(?:\\s+LIMIT\\s+(\\d+))?", given)) != null) {
      return new History(TableNames.key(m.group(1), catalog, schema), m.group(2) == null ? Integer.MAX_VALUE
          : Integer.parseInt(m.group(2)));
    }
    StringBuilder pinned = new StringBuilder();
    Matcher travel = VERSION_AS_OF.matcher(given);
    while (travel.find()) {
      String key = TableNames.key(travel.group(1), catalog, schema);
      long version = Long.parseLong(travel.group(2));
      var copy = snapshots.atVersion(key, version);
      if (copy.isEmpty()) {
        return new Answer(versionFailure(key, version));
      }
      travel.appendReplacement(pinned, Matcher.quoteReplacement(copy.get().reference()));
    }
    String sql = travel.appendTail(pinned).toString();
    if ((m = EmulatedSql.match("EXPLAIN\\s+COST\\s+(.+)", sql)) != null) {
      return new Explain(governance.applyMasks(m.group(1), catalog, schema));
    }
    if ((m = EmulatedSql.match("CREATE\\s+OR\\s+REPLACE\\s+TABLE\\s+" + REF + "\\s+SHALLOW\\s+CLONE\\s+" + REF, sql)) != null) {
      return new Run("CREATE OR REPLACE TABLE " + m.group(1) + " AS SELECT * FROM " + m.group(2),
          TableNames.key(m.group(1), catalog, schema), true);
    }
    if ((m = EmulatedSql.match("SELECT\\s+\\*\\s+FROM\\s+" + REF + "\\s+TIMESTAMPTZ\\s+AS\\s+OF\\s+CAST\\('([^']+)'\\s+AS\\s+TIMESTAMPTZ\\)", sql)) != null) {
      String key = TableNames.key(m.group(1), catalog, schema);
      Instant at = OffsetDateTime.parse(m.group(2)).toInstant();
      return snapshots.asOf(key, at).<Plan>map(v -> new Run("SELECT * FROM " + v.reference(), null, false))
          .orElse(new Answer(travelFailure(key, "timestamp " + at)));
    }
    if ((m = EmulatedSql.match("CREATE\\s+(?:OR\\s+REPLACE\\s+)?FUNCTION\\s+" + REF
        + "\\s*\\(\\s*(\\w+)\\s+\\w+\\s*\\)\\s+RETURNS\\s+\\w+\\s+RETURN\\s+(.+)", sql)) != null) {
      return new Run("CREATE OR REPLACE MACRO " + m.group(1) + "(" + m.group(2) + ") AS " + m.group(3), null, false);
    }
    if ((m = EmulatedSql.match("ALTER\\s+TABLE\\s+" + REF + "\\s+ALTER\\s+COLUMN\\s+(\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_]*)"
        + "\\s+SET\\s+MASK\\s+" + REF, sql)) != null) {
      governance.mask(TableNames.key(m.group(1), catalog, schema), unquote(m.group(2)), m.group(3));
      return new Answer(Outcome.Rows.NONE);
    }
    if ((m = EmulatedSql.match("ALTER\\s+TABLE\\s+" + REF + "\\s+ALTER\\s+COLUMN\\s+" + COLUMN + "\\s+DROP\\s+MASK", sql)) != null) {
      governance.unmask(TableNames.key(m.group(1), catalog, schema), unquote(m.group(2)));
      return new Answer(Outcome.Rows.NONE);
    }
    if ((m = EmulatedSql.match("ALTER\\s+(?:TABLE|VIEW)\\s+" + REF + "(?:\\s+ALTER\\s+COLUMN\\s+" + COLUMN + ")?"
        + "\\s+SET\\s+TAGS\\s*\\((.*)\\)", sql)) != null) {
      String key = TableNames.key(m.group(1), catalog, schema);
      String column = m.group(2) == null ? null : unquote(m.group(2)).toLowerCase(Locale.ROOT);
      Matcher pair = java.util.regex.Pattern.compile("'((?:[^']|'')*)'\\s*=\\s*'((?:[^']|'')*)'").matcher(m.group(3));
      while (pair.find()) {
        governance.tag(new Governance.TagRow(key, column, pair.group(1).replace("''", "'"), pair.group(2).replace("''", "'")));
      }
      return new Answer(Outcome.Rows.NONE);
    }
    if ((m = EmulatedSql.match("SELECT\\s+column_name\\s*,\\s*mask_name\\s+FROM\\s+(?:(" + TableNames.PART
        + ")\\s*\\.\\s*)?information_schema\\.column_masks\\s+WHERE\\s+schema_name\\s*=\\s*'([^']*)'"
        + "\\s+AND\\s+table_name\\s*=\\s*'([^']*)'", sql)) != null) {
      String cat = m.group(1) == null ? catalog : unquote(m.group(1)).toLowerCase(Locale.ROOT);
      return new Answer(columnMasks(cat + "." + m.group(2).toLowerCase(Locale.ROOT) + "." + m.group(3).toLowerCase(Locale.ROOT)));
    }
    if ((m = EmulatedSql.match("(GRANT|REVOKE)\\s+([A-Z_ ]+?)\\s+ON\\s+(CATALOG|SCHEMA|TABLE)\\s+" + REF
        + "\\s+(?:TO|FROM)\\s+\"([^\"]+)\"", sql)) != null) {
      String kind = m.group(3).toUpperCase(Locale.ROOT);
      Governance.GrantRow row = new Governance.GrantRow(securable(kind, m.group(4), catalog, schema), m.group(5),
          m.group(2).toUpperCase(Locale.ROOT));
      if (m.group(1).equalsIgnoreCase("GRANT")) {
        governance.grant(row);
      } else {
        governance.revoke(row);
      }
      return kind.equals("TABLE") ? new Run("SELECT 1 FROM " + m.group(4) + " LIMIT 0", null, false)
          : new Answer(Outcome.Rows.NONE);
    }
    if ((m = EmulatedSql.match("SHOW\\s+GRANTS\\s+ON\\s+(CATALOG|SCHEMA|TABLE)\\s+" + REF, sql)) != null) {
      return new Answer(showGrants(securable(m.group(1).toUpperCase(Locale.ROOT), m.group(2), catalog, schema)));
    }
    if ((m = EmulatedSql.match("DROP\\s+SCHEMA\\s+(?:IF\\s+EXISTS\\s+)?" + REF + ".*", sql)) != null) {
      String key = TableNames.key(m.group(1) + ".x", catalog, schema);
      governance.dropSchema(key.substring(0, key.lastIndexOf('.')));
    }
    m = EmulatedSql.match("(?:INSERT\\s+INTO|MERGE\\s+INTO|DELETE\\s+FROM|UPDATE|CREATE\\s+(OR\\s+REPLACE\\s+)?TABLE"
        + "(?:\\s+IF\\s+NOT\\s+EXISTS)?)\\s+" + REF + "(.*)", sql);
    String body = governance.applyMasks(sql, catalog, schema);
    if (m != null) {
      boolean create = m.group(0).strip().toUpperCase(Locale.ROOT).startsWith("CREATE") && m.group(1) == null;
      return new Run(body, TableNames.key(m.group(2), catalog, schema), create);
    }
    return new Run(body, null, false);
  }

  /** The key grants on a securable are kept under: a table's key, {@code schema:catalog.schema}, {@code catalog:name}. */
  private static String securable(String kind, String reference, String catalog, String schema) {
    return switch (kind) {
      case "TABLE" -> TableNames.key(reference, catalog, schema);
      case "SCHEMA" -> {
        String key = TableNames.key(reference + ".x", catalog, schema);
        yield "schema:" + key.substring(0, key.lastIndexOf('.'));
      }
      default -> "catalog:" + unquote(reference.strip()).toLowerCase(Locale.ROOT);
    };
  }

  /** {@code information_schema.column_masks} of one table: the bound masks, by column. */
  private Outcome columnMasks(String key) {
    List<List<@Nullable String>> rows = new ArrayList<>();
    governance.masksOn(key).forEach((column, function) -> rows.add(List.of(column, TableNames.lastPart(
        TableNames.key(function, "c", "s")))));
    return new Outcome.Rows(List.of(column("column_name"), column("mask_name")), rows);
  }

  private Outcome showGrants(String key) {
    List<List<@Nullable String>> rows = new ArrayList<>();
    rows.add(List.of("owner@example.com", "OWN", "TABLE", key));
    for (Governance.GrantRow g : governance.grantsOn(key)) {
      rows.add(List.of(g.principal(), g.privilege(), "TABLE", key));
    }
    return new Outcome.Rows(List.of(column("Principal"), column("ActionType"), column("ObjectType"), column("ObjectKey")), rows);
  }

  private static Outcome.Column column(String name) {
    return new Outcome.Column(name, "STRING", "STRING", null, null);
  }

  private static Outcome travelFailure(String key, String point) {
    return new Outcome.Failure("BAD_REQUEST", "[DELTA_TIMESTAMP_EARLIER_THAN_COMMIT_RETENTION] no version of " + key
        + " at " + point + " SQLSTATE: 42816", "42816");
  }

  private Outcome versionFailure(String key, long version) {
    String available = snapshots.history(key).stream().map(v -> String.valueOf(v.version()))
        .collect(java.util.stream.Collectors.joining(", "));
    return new Outcome.Failure("BAD_REQUEST", "[DELTA_VERSION_NOT_FOUND] Cannot time travel Delta table to version "
        + version + ". Available versions: [" + available + "]. (" + key + ") SQLSTATE: 22003", "22003");
  }

  private static String unquote(String part) {
    return part.startsWith("\"") ? part.substring(1, part.length() - 1) : part;
  }
}

package dev.rocky.adapter.snowflake;

import dev.rocky.core.project.TargetRef;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The statements the adapter writes itself: clones, Time Travel, masking policies, grants, the
 * query history, and the per-model query tag. Targets are quoted verbatim, as Rocky creates them;
 * a column or role written as a bare identifier is folded to upper case the way Snowflake resolves
 * it unquoted; policy names, privileges and principals are checked before use, never trusted.
 */
final class SnowflakeSql {
  private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
  private static final Pattern QUALIFIED = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*){0,2}");
  private static final Pattern PRINCIPAL = Pattern.compile("[a-zA-Z0-9_ \\-.@]+");
  private static final Set<String> TABLE_PRIVILEGES = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE",
      "REFERENCES", "REBUILD", "EVOLVE SCHEMA", "ALL", "ALL PRIVILEGES");
  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
      .withZone(ZoneOffset.UTC);

  private SnowflakeSql() {}

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** A name as an unquoted reference would resolve: bare names fold to upper case. */
  static String reference(String name) {
    return quote(BARE.matcher(name).matches() ? name.toUpperCase(Locale.ROOT) : name);
  }

  static boolean bare(String name) {
    return BARE.matcher(name).matches();
  }

  static String table(TargetRef ref) {
    StringBuilder out = new StringBuilder();
    if (ref.catalog() != null && !ref.catalog().isEmpty()) {
      out.append(quote(ref.catalog())).append('.');
    }
    if (ref.schema() != null && !ref.schema().isEmpty()) {
      out.append(quote(ref.schema())).append('.');
    }
    return out.append(quote(ref.table())).toString();
  }

  static String clone(TargetRef source, TargetRef target) {
    return "CREATE OR REPLACE TABLE " + table(target) + " CLONE " + table(source);
  }

  static String asOf(TargetRef table, Instant instant) {
    return "SELECT * FROM " + table(table) + " AT(TIMESTAMP => TO_TIMESTAMP_LTZ('" + INSTANT.format(instant) + "'))";
  }

  static String setMaskingPolicy(TargetRef table, String column, String policy) {
    return "ALTER TABLE " + table(table) + " MODIFY COLUMN " + reference(column) + " SET MASKING POLICY " + policy + " FORCE";
  }

  static String grant(String privilege, TargetRef table, String role) {
    return "GRANT " + privilege + " ON TABLE " + table(table) + " TO ROLE " + role(role);
  }

  static String revoke(String privilege, TargetRef table, String role) {
    return "REVOKE " + privilege + " ON TABLE " + table(table) + " FROM ROLE " + role(role);
  }

  static String showGrants(TargetRef table) {
    return "SHOW GRANTS ON TABLE " + table(table);
  }

  static String history(Instant since) {
    return "SELECT query_id, query_text, start_time, total_elapsed_time, bytes_scanned, query_tag "
        + "FROM TABLE(INFORMATION_SCHEMA.QUERY_HISTORY(END_TIME_RANGE_START => TO_TIMESTAMP_LTZ('"
        + INSTANT.format(since) + "'), RESULT_LIMIT => 10000)) ORDER BY start_time";
  }

  /** The {@code QUERY_TAG} of a model's statements: JSON, so cost tools can parse it. */
  static String queryTag(String model) {
    StringBuilder escaped = new StringBuilder();
    for (char c : model.toCharArray()) {
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        default -> {
          if (c < 0x20) {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return "{\"app\":\"rocky\",\"rocky_model\":\"" + escaped + "\"}";
  }

  static boolean validPolicyName(String name) {
    return QUALIFIED.matcher(name).matches();
  }

  static boolean validPrincipal(String principal) {
    return PRINCIPAL.matcher(principal).matches() && !principal.isBlank();
  }

  static Optional<String> tablePrivilege(String privilege) {
    String p = privilege.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    return TABLE_PRIVILEGES.contains(p) ? Optional.of(p) : Optional.empty();
  }

  private static String role(String role) {
    return bare(role) ? role : quote(role);
  }
}

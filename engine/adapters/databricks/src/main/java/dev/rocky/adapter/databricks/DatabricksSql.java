package dev.rocky.adapter.databricks;

import dev.rocky.core.project.TargetRef;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The few statements the adapter writes itself, for its capabilities: clones, time travel, masks and
 * grants. Names are backtick-quoted; principals, privileges and mask names are checked against
 * Rocky's identifier rules first and refused when they do not match, so no input is ever spliced
 * into SQL unchecked.
 */
final class DatabricksSql {
  private static final Pattern PRINCIPAL = Pattern.compile("[a-zA-Z0-9_ \\-.@]+");
  private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,2}");
  private static final Set<String> TABLE_PRIVILEGES = Set.of("SELECT", "MODIFY", "ALL PRIVILEGES", "APPLY TAG", "MANAGE");
  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
      .withZone(ZoneOffset.UTC);

  private DatabricksSql() {}

  static String quote(String identifier) {
    return '`' + identifier.replace("`", "``") + '`';
  }

  /** {@code `catalog`.`schema`.`table`}, leaving out the parts that are not set. */
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

  static String shallowClone(TargetRef source, TargetRef target) {
    return "CREATE OR REPLACE TABLE " + table(target) + " SHALLOW CLONE " + table(source);
  }

  static String asOf(TargetRef table, Instant instant) {
    return "SELECT * FROM " + table(table) + " TIMESTAMP AS OF CAST('" + INSTANT.format(instant) + "' AS TIMESTAMP)";
  }

  static String atVersion(TargetRef table, long version) {
    if (version < 0) {
      throw new IllegalArgumentException("a Delta version is never negative: " + version);
    }
    return "SELECT * FROM " + table(table) + " VERSION AS OF " + version;
  }

  static String setMask(TargetRef table, String column, String maskFunction) {
    return "ALTER TABLE " + table(table) + " ALTER COLUMN " + quote(column) + " SET MASK " + qualifiedName(maskFunction);
  }

  static String grant(String privilege, TargetRef table, String principal) {
    return "GRANT " + privilege + " ON TABLE " + table(table) + " TO " + quote(principal);
  }

  static String revoke(String privilege, TargetRef table, String principal) {
    return "REVOKE " + privilege + " ON TABLE " + table(table) + " FROM " + quote(principal);
  }

  static String showGrants(TargetRef table) {
    return "SHOW GRANTS ON TABLE " + table(table);
  }

  /** The mask function's dotted name with each part quoted; the name must already be valid. */
  static String qualifiedName(String dotted) {
    StringBuilder out = new StringBuilder();
    for (String part : dotted.split("\\.")) {
      out.append(out.isEmpty() ? "" : ".").append(quote(part));
    }
    return out.toString();
  }

  static boolean validQualifiedName(String name) {
    return QUALIFIED_NAME.matcher(name).matches();
  }

  static boolean validPrincipal(String principal) {
    return PRINCIPAL.matcher(principal).matches() && !principal.isBlank();
  }

  /** The privilege in Databricks' spelling, when it is one a table can be granted. */
  static Optional<String> tablePrivilege(String privilege) {
    String p = privilege.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    return TABLE_PRIVILEGES.contains(p) ? Optional.of(p) : Optional.empty();
  }
}

package dev.rocky.planner.sql;

import dev.rocky.planner.error.PlannerErrors;
import java.util.regex.Pattern;

/**
 * Identifier rules. Names that come from configuration (targets, strategy columns) must match Rocky's
 * {@code ^[a-zA-Z0-9_]+$} before they reach SQL, as Rocky checks them. Names read from an inferred
 * schema are only required to be quotable: the dialect's quoting makes any other character safe.
 */
public final class Identifiers {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String NAME_RULE = "must match [a-zA-Z0-9_]+";

  private Identifiers() {}

  /** Checks a configured name against Rocky's rule; returns it unchanged. */
  public static String requireName(String what, String value) {
    if (!NAME.matcher(value).matches()) {
      throw PlannerErrors.invalidIdentifier(what, value, NAME_RULE);
    }
    return value;
  }

  /** Checks that a name is non-empty and free of control characters; returns it unchanged. */
  public static String requireQuotable(String what, String value) {
    if (value.isEmpty()) {
      throw PlannerErrors.invalidIdentifier(what, value, "must not be empty");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw PlannerErrors.invalidIdentifier(what, value.replaceAll("\\p{Cntrl}", "?"),
          "must not contain control characters");
    }
    return value;
  }

  /** True for a name that SQL can spell without quotes: a letter or underscore, then word characters. */
  public static boolean isBare(String value) {
    return BARE.matcher(value).matches();
  }
}

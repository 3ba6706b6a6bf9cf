package dev.rocky.planner.govern;

import dev.rocky.planner.error.PlannerErrors;
import java.util.regex.Pattern;

/** Principal names (users, groups, roles), checked against Rocky's rule before they reach SQL. */
public final class Principals {
  private static final Pattern PRINCIPAL = Pattern.compile("[a-zA-Z0-9_ \\-.@]+");

  private Principals() {}

  /** Returns {@code principal} unchanged when it matches {@code [a-zA-Z0-9_ .@-]+}. */
  public static String require(String principal) {
    if (!PRINCIPAL.matcher(principal).matches()) {
      throw PlannerErrors.invalidIdentifier("principal", principal, "must match [a-zA-Z0-9_ .@-]+");
    }
    return principal;
  }
}

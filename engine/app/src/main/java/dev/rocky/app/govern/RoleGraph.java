package dev.rocky.app.govern;

import dev.rocky.core.config.GovernanceSections.Role;
import dev.rocky.core.error.RockyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code [role.<name>]} definitions resolved: each role's permissions are its own plus, transitively,
 * those of the roles it inherits. A role that inherits itself (through any path) or an unknown role is
 * an error naming the cycle. In the warehouse a role is the group {@code rocky_role_<name>}.
 */
public final class RoleGraph {
  /** The prefix of the warehouse group (Databricks) or role (Snowflake) of a Rocky role. */
  public static final String PRINCIPAL_PREFIX = "rocky_role_";

  private RoleGraph() {}

  /** Each role's permissions, inherited ones first, in definition order. */
  public static Map<String, Set<String>> resolve(Map<String, Role> roles) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String name : roles.keySet()) {
      out.put(name, java.util.Collections.unmodifiableSet(collect(name, roles, new ArrayList<>(), new LinkedHashSet<>())));
    }
    return out;
  }

  public static String principal(String role) {
    return PRINCIPAL_PREFIX + role;
  }

  private static Set<String> collect(String role, Map<String, Role> roles, List<String> path, Set<String> into) {
    if (path.contains(role)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(role), path.size()));
      cycle.add(role);
      throw new RockyException(GovernErrorCode.GOVERN_INVALID_ROLES,
          "roles inherit each other in a cycle: " + String.join(" -> ", cycle));
    }
    Role r = roles.get(role);
    if (r == null) {
      throw new RockyException(GovernErrorCode.GOVERN_INVALID_ROLES,
          "role '" + path.getLast() + "' inherits unknown role '" + role + "'");
    }
    path.add(role);
    for (String parent : r.inherits()) {
      collect(parent, roles, path, into);
    }
    into.addAll(r.permissions());
    path.removeLast();
    return into;
  }
}

package dev.rocky.app.govern;

import dev.rocky.app.govern.DesiredGrants.Desired;
import dev.rocky.app.govern.GrantDiff.Action;
import dev.rocky.app.govern.GrantDiff.Change;
import dev.rocky.app.govern.GrantDiff.Skipped;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.error.RockyException;
import dev.rocky.planner.govern.GrantSql;
import dev.rocky.planner.govern.GrantSql.Held;
import dev.rocky.planner.govern.GrantVocabulary;
import dev.rocky.planner.govern.GrantVocabulary.Translation;
import dev.rocky.planner.govern.Securable;
import dev.rocky.planner.sql.SqlDialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Grants as code: on every managed securable, {@code to_grant = desired - current} and
 * {@code to_revoke = current - desired} over the privileges Rocky manages there (principals compared
 * case-insensitively, privileges exactly). Nothing is issued when nothing differs.
 */
public final class GrantPlanner {
  private final SqlDialect dialect;
  private final GrantSql sql;

  public GrantPlanner(SqlDialect dialect) {
    this.dialect = dialect;
    this.sql = new GrantSql(dialect);
  }

  public GrantDiff plan(RockyConfig config, List<GovernTarget> targets, GrantReader current) {
    if (!sql.supported()) {
      return GrantDiff.none(dialect.dialect().id() + " has no roles or grants: grants are planned on Databricks and"
          + " Snowflake only");
    }
    List<String> notes = new ArrayList<>();
    List<Change> grants = new ArrayList<>();
    List<Change> revokes = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Map.Entry<Securable, List<Desired>> e : DesiredGrants.of(config, targets, notes).entrySet()) {
      Securable on = e.getKey();
      Map<String, Desired> wanted = new LinkedHashMap<>();
      for (Desired d : e.getValue()) {
        switch (GrantVocabulary.translate(dialect, on, d.permission())) {
          case Translation.Privileges p -> p.privileges().forEach(priv -> wanted.putIfAbsent(key(d.principal(), priv), d));
          case Translation.Unsupported u -> skipped.add(new Skipped(on.kind(), on.display(), d.principal(),
              d.permission(), d.source(), u.reason()));
        }
      }
      Set<String> managed = GrantVocabulary.managed(dialect, on);
      Map<String, Held> held = new LinkedHashMap<>();
      for (Held h : read(current, on, notes)) {
        String privilege = h.privilege().toUpperCase(Locale.ROOT);
        if (managed.contains(privilege)) {
          held.putIfAbsent(key(h.principal(), privilege), new Held(h.principal(), privilege));
        }
      }
      wanted.forEach((k, d) -> {
        if (!held.containsKey(k)) {
          String privilege = k.substring(k.indexOf('\n') + 1);
          grants.add(new Change(Action.GRANT, on.kind(), on.display(), d.principal(), privilege, d.source(),
              sql.grant(on, privilege, d.principal())));
        }
      });
      held.forEach((k, h) -> {
        if (!wanted.containsKey(k)) {
          revokes.add(new Change(Action.REVOKE, on.kind(), on.display(), h.principal(), h.privilege(),
              "not in configuration", sql.revoke(on, h.privilege(), h.principal())));
        }
      });
    }
    List<Change> changes = new ArrayList<>(grants);
    changes.addAll(revokes);
    return new GrantDiff(changes, skipped, notes);
  }

  private static List<Held> read(GrantReader current, Securable on, List<String> notes) {
    try {
      return current.current(on);
    } catch (RockyException e) {
      notes.add("could not read the grants on " + on.kind() + " " + on.display() + " (" + e.getMessage()
          + "); planned as if there were none");
      return List.of();
    }
  }

  private static String key(String principal, String privilege) {
    return principal.toLowerCase(Locale.ROOT) + "\n" + privilege.toUpperCase(Locale.ROOT);
  }
}

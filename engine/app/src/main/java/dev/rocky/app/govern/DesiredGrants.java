package dev.rocky.app.govern;

import dev.rocky.core.config.GovernanceConfig;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.planner.govern.Securable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grants configuration asks for, on the securables Rocky manages: catalog grants
 * ({@code [pipeline.NAME.target.governance] grants}) and each {@code [role.NAME]}'s permissions (to
 * {@code rocky_role_NAME}) on every catalog the pipeline's models land in; schema grants
 * ({@code schema_grants}) on every schema they land in; and a model's sidecar {@code [governance]
 * grants} on its table. A securable is managed when its level is configured at all (even as an empty
 * list): only then are grants that configuration does not ask for revoked there.
 */
final class DesiredGrants {
  private DesiredGrants() {}

  /** One permission for one principal on one securable, and the configuration that asks for it. */
  record Desired(Securable on, String principal, String permission, String source) {}

  /** The managed securables, in a stable order, each with what is desired there (possibly nothing). */
  static Map<Securable, List<Desired>> of(RockyConfig config, List<GovernTarget> targets, List<String> notes) {
    Map<Securable, List<Desired>> out = new LinkedHashMap<>();
    Map<String, Set<String>> roles = RoleGraph.resolve(config.roles());
    Set<String> pipelinesWithoutCatalog = new LinkedHashSet<>();
    for (GovernTarget t : targets) {
      GovernanceConfig g = t.governance();
      String base = "pipeline." + t.pipeline() + ".target.governance";
      String catalog = t.table().catalog();
      boolean catalogManaged = !g.grants().isEmpty() || config.declares(base + ".grants") || !roles.isEmpty();
      if (catalog != null && catalogManaged) {
        Securable on = new Securable.Catalog(catalog);
        List<Desired> here = out.computeIfAbsent(on, k -> new ArrayList<>());
        addOnce(here, grants(on, g.grants(), base + ".grants"));
        roles.forEach((role, permissions) -> permissions.forEach(p ->
            addOnce(here, List.of(new Desired(on, RoleGraph.principal(role), p, "role." + role)))));
      } else if (catalog == null && catalogManaged) {
        pipelinesWithoutCatalog.add(t.pipeline());
      }
      if (!g.schemaGrants().isEmpty() || config.declares(base + ".schema_grants")) {
        Securable on = new Securable.Schema(catalog, t.table().schema());
        addOnce(out.computeIfAbsent(on, k -> new ArrayList<>()), grants(on, g.schemaGrants(), base + ".schema_grants"));
      }
      boolean modelManaged = !t.model().config().grants().isEmpty()
          || t.model().config().declaredKeys().contains("governance.grants");
      if (modelManaged) {
        Securable on = new Securable.Table(t.table());
        String source = (t.model().sidecarFile() == null ? t.name() : t.model().sidecarFile()) + " [governance] grants";
        addOnce(out.computeIfAbsent(on, k -> new ArrayList<>()), grants(on, t.model().config().grants(), source));
      }
    }
    for (String p : pipelinesWithoutCatalog) {
      notes.add("pipeline '" + p + "': catalog grants and roles need models with a target catalog; none was planned");
    }
    return out;
  }

  private static List<Desired> grants(Securable on, List<GovernanceConfig.Grant> grants, String source) {
    List<Desired> out = new ArrayList<>();
    for (GovernanceConfig.Grant g : grants) {
      for (String p : g.permissions()) {
        out.add(new Desired(on, g.principal(), p, source));
      }
    }
    return out;
  }

  private static void addOnce(List<Desired> into, List<Desired> more) {
    for (Desired d : more) {
      boolean present = into.stream().anyMatch(x -> x.principal().equalsIgnoreCase(d.principal())
          && x.permission().equalsIgnoreCase(d.permission()));
      if (!present) {
        into.add(d);
      }
    }
  }
}

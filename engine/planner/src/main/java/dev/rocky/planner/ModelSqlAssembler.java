package dev.rocky.planner;

import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.planner.error.PlannerErrors;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.SqlText;
import dev.rocky.planner.target.TargetResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Produces a step's SQL. Models read each other by bare name, so a name can be rebound without
 * parsing the consumer: a CTE of the same name, placed in front of the consumer's own CTEs, wins over
 * the catalog. Every upstream model is bound that way:
 *
 * <ul>
 *   <li>ephemeral models, as {@code "eph" AS (<eph sql>)}, transitively, in dependency order;
 *   <li>every other upstream model, as {@code "m" AS (SELECT * FROM <its physical table>)}: a bare
 *       name alone would resolve in the session's default schema, which is wrong for a model whose
 *       target is {@code staging.m}. On a branch, the models built in the same run are bound to their
 *       branch tables, so the branch never reads its stale production copy; the others to production.
 * </ul>
 *
 * <p>The consumer's text is kept as written (its column names, its {@code WITH}, its ORDER BY): when
 * it starts with {@code WITH [RECURSIVE]} the new CTEs join the front of that list, otherwise a
 * {@code WITH} is put in front of it. A CTE sees only the ones before it, so the consumer's CTEs
 * cannot capture a name an inlined body reads.
 */
final class ModelSqlAssembler {
  private final SqlDialect dialect;
  private final ModelGraph graph;
  private final Map<String, Model> models;
  private final TargetResolver targets;
  private final Set<String> built;

  /** {@code built}: the models this run writes, bound to the table the run writes (their branch table on a branch). */
  ModelSqlAssembler(SqlDialect dialect, ModelGraph graph, Map<String, Model> models, TargetResolver targets,
      Set<String> built) {
    this.dialect = dialect;
    this.graph = graph;
    this.models = models;
    this.targets = targets;
    this.built = Set.copyOf(built);
  }

  record Assembled(String sql, List<String> inlined) {}

  Assembled assemble(Model model) {
    List<String> ephemerals = new ArrayList<>();
    Set<String> aliases = new LinkedHashSet<>();
    collect(model.name(), new ArrayList<>(List.of(model.name())), new HashSet<>(), ephemerals, aliases);

    String sql = SqlText.trimEnd(model.sql(), dialect);
    List<String> ctes = new ArrayList<>();
    for (String alias : aliases) {
      TargetRef target = models.get(alias).target();
      String table = dialect.table(built.contains(alias) ? targets.resolve(target) : targets.production(target));
      ctes.add("%s AS (\nSELECT * FROM %s\n)".formatted(dialect.quoteReference(alias), table));
    }
    for (String eph : ephemerals) {
      String body = SqlText.trimEnd(models.get(eph).sql(), dialect);
      ctes.add("%s AS (\n%s\n)".formatted(dialect.quoteReference(eph), body));
    }
    return new Assembled(ctes.isEmpty() ? sql : prepend(sql, String.join(",\n", ctes)), ephemerals);
  }

  /** Depth-first over ephemeral upstreams; an ephemeral is listed after everything it reads. */
  private void collect(String name, List<String> path, Set<String> done, List<String> ephemerals,
      Set<String> aliases) {
    for (String up : graph.upstreamOf(name)) {
      Model upstream = models.get(up);
      if (upstream == null) {
        continue;
      }
      if (!(upstream.strategy() instanceof Strategy.Ephemeral)) {
        aliases.add(up);
        continue;
      }
      if (path.contains(up)) {
        List<String> chain = new ArrayList<>(path.subList(path.indexOf(up), path.size()));
        chain.add(up);
        throw PlannerErrors.ephemeralCycle(chain);
      }
      if (done.add(up)) {
        path.add(up);
        collect(up, path, done, ephemerals, aliases);
        path.removeLast();
        ephemerals.add(up);
      }
    }
  }

  private static String prepend(String sql, String ctes) {
    Optional<SqlText.LeadingWith> with = SqlText.leadingWith(sql);
    if (with.isEmpty()) {
      return "WITH " + ctes + "\n" + sql;
    }
    SqlText.LeadingWith w = with.get();
    String keyword = w.recursive() ? "WITH RECURSIVE " : "WITH ";
    return sql.substring(0, w.keywordStart()) + keyword + ctes + ",\n" + sql.substring(w.listStart()).stripLeading();
  }
}

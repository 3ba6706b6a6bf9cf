package dev.rocky.app.govern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.app.govern.GrantDiff.Action;
import dev.rocky.core.config.GovernanceConfig;
import dev.rocky.core.config.GovernanceSections.Role;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.project.Model;
import dev.rocky.planner.govern.GrantSql.Held;
import dev.rocky.planner.govern.Securable;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grants as code: the difference between desired and current grants, on fixtures of both. */
class GrantPlannerTest {
  private final GovernedProject p = GovernedProject.open();

  /** The fixture's two models in analytics.people, with the fixture's pipeline governance. */
  private List<GovernTarget> targets() {
    GovernanceConfig g = ModelPipelines.of(p.project().config(), p.project().models()).governance("people_mart");
    return p.project().models().stream()
        .map(m -> new GovernTarget(m, new TableName("analytics", "people", m.name()), false, List.of(), "people", g))
        .toList();
  }

  /** The grants everything desired would need: what a warehouse in step with the configuration shows. */
  private static Map<String, List<Held>> inStep() {
    Map<String, List<Held>> current = new HashMap<>();
    current.put("analytics", List.of(new Held("analysts", "USE CATALOG"), new Held("rocky_role_reader", "SELECT"),
        new Held("rocky_role_analyst", "SELECT"), new Held("rocky_role_analyst", "USE SCHEMA"),
        new Held("admins", "OWNERSHIP"), new Held("admins", "ALL PRIVILEGES")));
    current.put("analytics.people", List.of(new Held("ANALYSTS", "USE SCHEMA"), new Held("Analysts", "SELECT")));
    current.put("analytics.people.people_mart", List.of(new Held("analysts", "SELECT")));
    return current;
  }

  private static GrantReader reader(Map<String, List<Held>> current) {
    return on -> current.getOrDefault(on.display(), List.of());
  }

  private GrantDiff plan(SqlDialect dialect, Map<String, List<Held>> current) {
    return new GrantPlanner(dialect).plan(p.project().config(), targets(), reader(current));
  }

  @Test
  void nothingIsIssuedWhenNothingDiffers() {
    GrantDiff diff = plan(SqlDialect.DATABRICKS, inStep());

    assertThat(diff.changes()).isEmpty();
    assertThat(diff.skipped()).isEmpty();
  }

  @Test
  void onlyTheMissingGrantsAndTheExtraManagedOnesAreIssued() {
    Map<String, List<Held>> current = new LinkedHashMap<>(inStep());
    current.put("analytics", List.of(new Held("analysts", "USE CATALOG"), new Held("rocky_role_reader", "SELECT"),
        new Held("rocky_role_analyst", "SELECT"), new Held("interns", "SELECT"), new Held("admins", "OWNERSHIP")));
    current.put("analytics.people.people_mart", List.of());

    GrantDiff diff = plan(SqlDialect.DATABRICKS, current);

    assertThat(diff.changes()).extracting(c -> c.action() + " " + c.privilege() + " " + c.kind() + " " + c.securable()
        + " " + c.principal() + " <- " + c.source()).containsExactly(
            "GRANT USE SCHEMA catalog analytics rocky_role_analyst <- role.analyst",
            "GRANT SELECT table analytics.people.people_mart analysts <- models/people_mart.toml [governance] grants",
            "REVOKE SELECT catalog analytics interns <- not in configuration");
    assertThat(diff.changes()).extracting(GrantDiff.Change::sql).containsExactly(
        "GRANT USE SCHEMA ON CATALOG `analytics` TO `rocky_role_analyst`",
        "GRANT SELECT ON TABLE `analytics`.`people`.`people_mart` TO `analysts`",
        "REVOKE SELECT ON CATALOG `analytics` FROM `interns`");
    assertThat(diff.grants()).isEqualTo(2);
    assertThat(diff.revokes()).isEqualTo(1);
  }

  @Test
  void snowflakeTranslatesPermissionsAndSkipsWhatItCannotGrant() {
    Map<String, List<Held>> current = Map.of(
        "analytics", List.of(new Held("ANALYSTS", "USAGE"), new Held("SYSADMIN", "OWNERSHIP")),
        "analytics.people", List.of(new Held("ANALYSTS", "USAGE")),
        "analytics.people.people_mart", List.of(new Held("ANALYSTS", "SELECT"), new Held("LOADER", "INSERT")));

    GrantDiff diff = plan(SqlDialect.SNOWFLAKE, current);

    assertThat(diff.changes()).extracting(GrantDiff.Change::sql).containsExactly(
        "REVOKE INSERT ON TABLE \"analytics\".\"people\".\"people_mart\" FROM ROLE \"LOADER\"");
    assertThat(diff.skipped()).extracting(s -> s.principal() + " " + s.permission() + " on " + s.securable())
        .containsExactly("rocky_role_reader SELECT on analytics", "rocky_role_analyst SELECT on analytics",
            "rocky_role_analyst USE SCHEMA on analytics", "analysts SELECT on analytics.people");
  }

  @Test
  void anEmptyGrantsListStillManagesTheTableAndRevokesWhatIsThere() {
    GovernedProject noGrants = GovernedProject.of(dev.rocky.testkit.TestProjects.open(
        dev.rocky.testkit.TestProjects.GOVERNED).put("models/people_mart.toml", "[governance]\ngrants = []\n"));
    Model mart = noGrants.project().model("people_mart").orElseThrow();
    List<GovernTarget> targets = List.of(new GovernTarget(mart, new TableName("analytics", "people", "people_mart"), false,
        List.of(), "people", GovernanceConfig.defaults()));

    GrantDiff diff = new GrantPlanner(SqlDialect.DATABRICKS).plan(noGrants.project().config(), targets,
        reader(Map.of("analytics.people.people_mart", List.of(new Held("analysts", "SELECT")))));

    assertThat(mart.config().grants()).isEmpty();
    assertThat(diff.changes()).extracting(GrantDiff.Change::sql)
        .contains("REVOKE SELECT ON TABLE `analytics`.`people`.`people_mart` FROM `analysts`");
  }

  @Test
  void duckDbHasNoGrantsToPlan() {
    GrantDiff diff = plan(SqlDialect.DUCKDB, inStep());
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.notes()).singleElement().asString().contains("duckdb has no roles or grants");
  }

  @Test
  void unreadableGrantsArePlannedAsNoneWithANote() {
    GrantReader failing = on -> {
      throw new RockyException(GovernErrorCode.GOVERN_READ_BACK_FAILED, "no such schema");
    };
    GrantDiff diff = new GrantPlanner(SqlDialect.DATABRICKS).plan(p.project().config(), targets(), failing);
    assertThat(diff.revokes()).isZero();
    assertThat(diff.notes()).anySatisfy(n -> assertThat(n).startsWith("could not read the grants on catalog analytics"));
  }

  @Test
  void rolesAreFlattenedAndCyclesRejected() {
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("reader", new Role(List.of(), List.of("SELECT")));
    roles.put("analyst", new Role(List.of("reader"), List.of("USE SCHEMA")));
    roles.put("lead", new Role(List.of("analyst"), List.of("MODIFY")));
    assertThat(RoleGraph.resolve(roles).get("lead")).containsExactlyInAnyOrder("SELECT", "USE SCHEMA", "MODIFY");

    roles.put("reader", new Role(List.of("lead"), List.of("SELECT")));
    assertThatThrownBy(() -> RoleGraph.resolve(roles)).isInstanceOf(RockyException.class)
        .hasMessage("roles inherit each other in a cycle: reader -> lead -> analyst -> reader");
    assertThatThrownBy(() -> RoleGraph.resolve(Map.of("a", new Role(List.of("ghost"), List.of()))))
        .hasMessage("role 'a' inherits unknown role 'ghost'");
  }

  @Test
  void securablesAreComparedByName() {
    assertThat(new Securable.Schema("analytics", "people").display()).isEqualTo("analytics.people");
  }
}

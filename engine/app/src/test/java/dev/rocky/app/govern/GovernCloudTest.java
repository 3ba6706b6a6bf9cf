package dev.rocky.app.govern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.config.GovernanceConfig;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import dev.rocky.testkit.TestProjects;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Applying masks on Databricks and Snowflake through the service, against a fake warehouse that
 * keeps bindings: the statements issued, the read-back, and a mask that did not apply.
 */
class GovernCloudTest {

  private static List<GovernTarget> targets(GovernedProject p) {
    List<TypedColumn> columns = List.of(new TypedColumn("person_id", RockyType.Simple.INT64, false),
        new TypedColumn("email", RockyType.Simple.STRING, false), new TypedColumn("phone", RockyType.Simple.STRING, true),
        new TypedColumn("ssn", RockyType.Simple.STRING, true), new TypedColumn("employee_code", RockyType.Simple.STRING, false));
    return List.of(new GovernTarget(p.project().model("stg_people").orElseThrow(),
        new TableName("analytics", "people", "stg_people"), false, columns, "people", GovernanceConfig.defaults()));
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DATABRICKS", "SNOWFLAKE"})
  void masksAreDefinedBoundAndReadBack(Dialect dialect) {
    GovernedProject p = GovernedProject.open();
    FakeCloudWarehouse w = new FakeCloudWarehouse(dialect);
    GovernService service = new GovernService(SqlDialect.of(dialect), w);

    GovernPlan plan = service.plan(p.project().config(), p.classified(), targets(p), "prod", GrantReader.NONE);
    GovernOutcome outcome = service.apply(plan);

    assertThat(outcome.errors()).isEmpty();
    assertThat(w.masks).containsOnlyKeys("email", "phone", "ssn");
    assertThat(w.masks.get("email")).isEqualTo("rocky_mask_hash_prod");
    assertThat(w.masks.get("ssn")).as("a tag without strategy fails closed").isEqualTo("rocky_mask_redact_prod");
    assertThat(outcome.masks()).extracting(MaskCheck::column, MaskCheck::expected, MaskCheck::enforced).containsExactly(
        org.assertj.core.groups.Tuple.tuple("email", "hash", true),
        org.assertj.core.groups.Tuple.tuple("phone", "partial", true),
        org.assertj.core.groups.Tuple.tuple("ssn", "redact", true),
        org.assertj.core.groups.Tuple.tuple("employee_code", "none", true));
    assertThat(w.executed).filteredOn(s -> s.contains("rocky_mask_hash_prod") && !s.startsWith("ALTER TABLE")).isNotEmpty();
    assertThat(w.executed).anySatisfy(s -> assertThat(s).contains("classification").contains("'pii'"));
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DATABRICKS", "SNOWFLAKE"})
  void aBindingTheWarehouseRejectedIsAnError(Dialect dialect) {
    GovernedProject p = GovernedProject.open();
    FakeCloudWarehouse w = new FakeCloudWarehouse(dialect).failOn("phone");
    GovernService service = new GovernService(SqlDialect.of(dialect), w);

    GovernOutcome outcome = service.apply(service.plan(p.project().config(), p.classified(), targets(p), null,
        GrantReader.NONE));

    assertThat(outcome.failed()).isNotEmpty();
    assertThat(outcome.masks()).filteredOn(m -> !m.enforced()).singleElement().satisfies(m -> {
      assertThat(m.column()).isEqualTo("phone");
      assertThat(m.problem()).isEqualTo("no mask is bound to the column (expected rocky_mask_partial_default)");
    });
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DATABRICKS", "SNOWFLAKE"})
  void aColumnWhoseStrategyBecameNoneIsUnboundAndAForeignMaskIsReported(Dialect dialect) {
    String toml = TestProjects.files(TestProjects.GOVERNED).get("rocky.toml").replace("contact = \"partial\"",
        "contact = \"none\"");
    GovernedProject p = GovernedProject.of(TestProjects.open(TestProjects.GOVERNED).put("rocky.toml", toml));
    FakeCloudWarehouse w = new FakeCloudWarehouse(dialect);
    w.masks.put("phone", "rocky_mask_partial_default");
    w.masks.put("email", "someone_elses_mask");
    GovernService service = new GovernService(SqlDialect.of(dialect), w);

    GovernPlan plan = service.plan(p.project().config(), p.classified(), targets(p), null, GrantReader.NONE);
    assertThat(plan.statements()).extracting(GovernStatement::purpose).contains(GovernStatement.Purpose.UNBIND_MASK);
    w.failOn("`email` SET MASK").failOn("\"EMAIL\" SET MASKING POLICY");
    GovernOutcome outcome = service.apply(plan);

    assertThat(w.masks).doesNotContainKey("phone");
    assertThat(outcome.masks()).filteredOn(m -> !m.enforced()).singleElement().satisfies(m -> assertThat(m.problem())
        .isEqualTo("the column is masked by someone_elses_mask, not rocky_mask_hash_default"));
  }
}

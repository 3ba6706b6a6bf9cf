package dev.rocky.app.govern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.govern.ComplianceReport.ColumnReport;
import dev.rocky.app.govern.ComplianceReport.EnvStatus;
import dev.rocky.testkit.TestProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceServiceTest {

  private static GovernedProject withToml(String extra) {
    String toml = TestProjects.files(TestProjects.GOVERNED).get("rocky.toml") + "\n" + extra;
    return GovernedProject.of(TestProjects.open(TestProjects.GOVERNED).put("rocky.toml", toml));
  }

  private static ComplianceReport report(GovernedProject p, String env, boolean exceptionsOnly) {
    return ComplianceService.report(p.project().config(), p.classified(), env, exceptionsOnly, List.of());
  }

  @Test
  void fiveClassifiedColumnsOneTagWithoutStrategyGiveOneException() {
    ComplianceReport r = report(GovernedProject.open(), null, false);

    assertThat(r.summary()).isEqualTo(new ComplianceReport.Summary(5, 4, 1));
    assertThat(r.hasExceptions()).isTrue();
    assertThat(r.exceptions()).singleElement().satisfies(e -> {
      assertThat(e.model()).isEqualTo("stg_people");
      assertThat(e.column()).isEqualTo("ssn");
      assertThat(e.env()).isEqualTo("default");
      assertThat(e.reason()).isEqualTo("classification 'secret' has no masking strategy in [mask] and is not in"
          + " [classifications] allow_unmasked");
    });
    assertThat(r.perColumn()).extracting(ColumnReport::model, ColumnReport::column, ColumnReport::source,
        c -> c.envs().getFirst().maskingStrategy()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("people_mart", "email", "inherited", "hash"),
            org.assertj.core.groups.Tuple.tuple("stg_people", "email", "declared", "hash"),
            org.assertj.core.groups.Tuple.tuple("stg_people", "phone", "declared", "partial"),
            org.assertj.core.groups.Tuple.tuple("stg_people", "ssn", "declared", "unresolved"),
            org.assertj.core.groups.Tuple.tuple("stg_people", "employee_code", "declared", "none"));
    assertThat(r.perColumn().getFirst().inheritedFrom()).isEqualTo("stg_people.email");
    assertThat(r.markdown()).contains("**5** classified columns, **4** masked in every environment, **1** exception.")
        .contains("| people_mart | email | pii | inherited from stg_people.email | default: hash |")
        .contains("- `stg_people.ssn` (default): classification 'secret'");
  }

  @Test
  void listingTheTagInAllowUnmaskedLeavesNoExceptionButKeepsItNotEnforced() {
    ComplianceReport r = report(withToml("[classifications]\nallow_unmasked = [\"secret\"]\n"), null, false);

    assertThat(r.exceptions()).isEmpty();
    assertThat(r.summary()).isEqualTo(new ComplianceReport.Summary(5, 4, 0));
    assertThat(r.perColumn()).filteredOn(c -> c.column().equals("ssn")).singleElement()
        .satisfies(c -> assertThat(c.envs()).containsExactly(new EnvStatus("default", "unresolved", false)));
  }

  @Test
  void everyEnvironmentIsReportedAndEnvNarrowsItToOne() {
    GovernedProject p = withToml("[mask.prod]\ncontact = \"redact\"\nsecret = \"redact\"\n");

    ComplianceReport all = report(p, null, false);
    assertThat(all.perColumn()).filteredOn(c -> c.column().equals("phone")).singleElement()
        .satisfies(c -> assertThat(c.envs()).containsExactly(new EnvStatus("default", "partial", true),
            new EnvStatus("prod", "redact", true)));
    assertThat(all.exceptions()).extracting(ComplianceReport.ComplianceException::env).containsExactly("default");

    ComplianceReport prod = report(p, "prod", false);
    assertThat(prod.exceptions()).isEmpty();
    assertThat(prod.summary().totalMasked()).isEqualTo(5);
    assertThat(report(p, "default", false).exceptions()).hasSize(1);
  }

  @Test
  void exceptionsOnlyKeepsTheColumnsWithAnExceptionAndModelsNarrowsTheReport() {
    GovernedProject p = GovernedProject.open();
    assertThat(report(p, null, true).perColumn()).extracting(ColumnReport::column).containsExactly("ssn");
    ComplianceReport mart = ComplianceService.report(p.project().config(), p.classified(), null, false,
        List.of("PEOPLE_MART"));
    assertThat(mart.summary()).isEqualTo(new ComplianceReport.Summary(1, 1, 0));
  }
}

package dev.rocky.compiler.govern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.govern.ColumnClassification.Origin;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.testkit.TestProjects;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassificationResolverTest {

  private static ProjectClassifications classify(String extraToml, Map<String, String> files) {
    CompileResult r = GovernFixtures.compile(GovernFixtures.project(extraToml, files), null);
    return ClassificationResolver.resolve(r.project(), r.lineage());
  }

  private static final String STG = """
      SELECT id, email, phone, secret FROM raw.people
      """;
  private static final String STG_TOML = """
      [classification]
      email = "pii"
      phone = "contact"
      secret = "secret"
      """;

  @Test
  void directReferencesCastsAndValueKeepingAggregatesInheritTheTagButExpressionsDoNot() {
    ProjectClassifications c = classify("", Map.of(
        "models/stg.sql", STG, "models/stg.toml", STG_TOML,
        "models/mart.sql", """
            SELECT
                id,
                email,
                CAST(phone AS VARCHAR) AS phone_text,
                LOWER(email) AS email_lower,
                MAX(secret) OVER () AS any_secret
            FROM stg
            """,
        "models/agg.sql", "SELECT MAX(email) AS last_email, COUNT(phone) AS phones FROM mart"));

    assertThat(c.of("mart")).extracting(ColumnClassification::column, ColumnClassification::tag)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "pii"),
            org.assertj.core.groups.Tuple.tuple("phone_text", "contact"),
            org.assertj.core.groups.Tuple.tuple("any_secret", "secret"));
    assertThat(c.find("mart", "email").orElseThrow().origin())
        .isEqualTo(new Origin.Inherited(new ColumnRef("stg", "email"), new ColumnRef("stg", "email")));
    // Through two models: the root of the chain is the declaring column.
    ColumnClassification last = c.find("agg", "last_email").orElseThrow();
    assertThat(last.tag()).isEqualTo("pii");
    assertThat(last.origin()).isEqualTo(new Origin.Inherited(new ColumnRef("mart", "email"), new ColumnRef("stg", "email")));
    assertThat(c.find("agg", "phones")).isEmpty();
  }

  @Test
  void aModelCanReplaceOrStopTheInheritedTag() {
    ProjectClassifications c = classify("", Map.of(
        "models/stg.sql", STG, "models/stg.toml", STG_TOML,
        "models/mart.sql", "SELECT id, email, phone FROM stg",
        "models/mart.toml", """
            [classification]
            email = "unclassified"
            phone = "pii"
            """,
        "models/downstream.sql", "SELECT email, phone FROM mart"));

    assertThat(c.find("mart", "email")).isEmpty();
    assertThat(c.find("downstream", "email")).isEmpty();
    assertThat(c.find("mart", "phone").orElseThrow().origin()).isInstanceOf(Origin.Declared.class);
    assertThat(c.find("downstream", "phone").orElseThrow().tag()).isEqualTo("pii");
  }

  @Test
  void aUnionOfTwoTagsKeepsTheStrictestAndATagWithNoStrategyFirst() {
    String models = "SELECT email AS v FROM stg UNION ALL SELECT phone AS v FROM stg";
    Map<String, String> files = Map.of("models/stg.sql", STG, "models/stg.toml", STG_TOML, "models/u.sql", models);

    assertThat(classify("[mask]\npii = \"hash\"\ncontact = \"redact\"\n", files).find("u", "v").orElseThrow().tag())
        .isEqualTo("contact");
    assertThat(classify("[mask]\npii = \"redact\"\ncontact = \"partial\"\n", files).find("u", "v").orElseThrow().tag())
        .isEqualTo("pii");
    assertThat(classify("[mask]\npii = \"redact\"\n", files).find("u", "v").orElseThrow().tag()).isEqualTo("contact");
  }

  @Test
  void theGovernedFixtureHasFiveClassifiedColumnsOneOfThemInherited() {
    CompileResult r = GovernFixtures.compile(TestProjects.open(TestProjects.GOVERNED), null);
    ProjectClassifications c = ClassificationResolver.resolve(r.project(), r.lineage());

    assertThat(c.columns()).extracting(x -> x.ref().toString() + "=" + x.tag() + (x.inherited() ? " (inherited)" : ""))
        .containsExactly("people_mart.email=pii (inherited)", "stg_people.email=pii", "stg_people.phone=contact",
            "stg_people.ssn=secret", "stg_people.employee_code=internal");
  }

  @Test
  void aProjectWithoutClassificationsIsResolvedWithoutLookingAtLineage() {
    CompileResult r = GovernFixtures.compile(GovernFixtures.project("", Map.of("models/a.sql", "SELECT id FROM raw.people")),
        null);
    assertThat(ClassificationResolver.resolve(r.project(), r.lineage()).isEmpty()).isTrue();
  }
}

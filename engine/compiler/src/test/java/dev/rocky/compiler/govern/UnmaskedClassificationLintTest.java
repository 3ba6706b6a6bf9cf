package dev.rocky.compiler.govern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.CompileResult;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.testkit.TestProjects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnmaskedClassificationLintTest {

  private static final Map<String, String> MODELS = Map.of(
      "models/stg.sql", "SELECT id, email, phone FROM raw.people",
      "models/stg.toml", """
          intent = "staging"

          [classification]
          email = "pii"   # hashed
          phone = "contact"
          """,
      "models/mart.sql", """
          SELECT
              id,
              phone AS phone_number
          FROM stg
          """);

  private static List<Diagnostic> w004(String extraToml) {
    CompileResult r = GovernFixtures.compile(GovernFixtures.project(extraToml, MODELS), null);
    return GovernFixtures.only(r, DiagnosticCode.W004);
  }

  @Test
  void aDeclaredTagWithoutStrategyPointsAtItsSidecarEntryAndAnInheritedOneAtTheColumn() {
    List<Diagnostic> found = w004("[mask]\npii = \"hash\"\n");

    assertThat(found).hasSize(2);
    Diagnostic declared = found.stream().filter(d -> "stg".equals(d.model())).findFirst().orElseThrow();
    assertThat(declared.severity()).isEqualTo(Severity.Warning);
    assertThat(declared.message()).isEqualTo("column 'stg.phone' is classified 'contact' but no masking strategy for"
        + " 'contact' is in [mask]");
    assertThat(declared.span()).hasToString("models/stg.toml:5:9");
    assertThat(declared.suggestion()).startsWith("add contact = \"hash\" (or \"redact\", \"partial\", \"none\") under [mask]");

    Diagnostic inherited = found.stream().filter(d -> "mart".equals(d.model())).findFirst().orElseThrow();
    assertThat(inherited.message()).isEqualTo("column 'mart.phone_number' inherits classification 'contact' from"
        + " stg.phone, and no masking strategy for 'contact' is in [mask]");
    assertThat(inherited.span()).hasToString("models/mart.sql:3:14");
    assertThat(inherited.suggestion()).contains("or declare phone_number = \"unclassified\" under [classification] in"
        + " models/mart.toml");
  }

  @Test
  void aStrategyOrAllowUnmaskedSilencesIt() {
    assertThat(w004("[mask]\npii = \"hash\"\ncontact = \"none\"\n")).isEmpty();
    assertThat(w004("[mask]\npii = \"hash\"\n\n[classifications]\nallow_unmasked = [\"CONTACT\"]\n")).isEmpty();
  }

  @Test
  void anEnvironmentWithoutTheStrategyIsNamed() {
    List<Diagnostic> found = w004("[mask]\npii = \"hash\"\n\n[mask.prod]\ncontact = \"redact\"\n");

    assertThat(found).hasSize(2).allSatisfy(d -> assertThat(d.message()).endsWith("is in [mask]"));
    assertThat(w004("[mask]\npii = \"hash\"\ncontact = \"redact\"\n\n[mask.dev]\npii = \"none\"\n")).isEmpty();
  }

  @Test
  void theGovernedFixtureWarnsOnceForItsSecretColumn() {
    CompileResult r = GovernFixtures.compile(TestProjects.open(TestProjects.GOVERNED), null);

    assertThat(r.hasErrors()).isFalse();
    assertThat(GovernFixtures.only(r, DiagnosticCode.W004)).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'stg_people.ssn' is classified 'secret'"));
  }
}

package dev.rocky.compiler.load;

import static dev.rocky.compiler.load.Fixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.project.Contract;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract discovery: next to the model (auto) and in --contracts (explicit, which wins). */
class ContractLoadingTest {
  private static final String CONTRACT = """
      [[columns]]
      name = "id"
      type = "Int64"
      nullable = false

      [[columns]]
      name = "amount"
      type = "Decimal(10,2)"
      description = "Order total."

      [rules]
      required = ["id"]
      protected = ["id"]
      no_new_nullable = true
      """;

  private static LoadResult load(InMemoryProjectSource source, String contractsDir) {
    return new ProjectLoader(Map.of()).load(source, new LoadOptions("rocky.toml", "models", contractsDir));
  }

  @Test
  void autoContractBelongsToTheModelOfTheSqlFileNextToIt() {
    LoadResult r = load(project()
        .put("models/fct.sql", "SELECT 1 AS id")
        .put("models/fct.toml", "name = \"fct_orders\"\n")
        .put("models/fct.contract.toml", CONTRACT), null);
    assertThat(r.diagnostics()).isEmpty();
    Contract c = r.project().contracts().get(0);
    assertThat(c.model()).isEqualTo("fct_orders");
    assertThat(c.source()).isEqualTo("auto");
    assertThat(c.file()).isEqualTo("models/fct.contract.toml");
    assertThat(c.columns()).extracting(Contract.Column::name, Contract.Column::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("id", 1), org.assertj.core.groups.Tuple.tuple("amount", 6));
    assertThat(c.columns().get(0).nullable()).isFalse();
    assertThat(c.columns().get(1).description()).isEqualTo("Order total.");
    assertThat(c.required()).containsExactly("id");
    assertThat(c.protectedColumns()).containsExactly("id");
    assertThat(c.noNewNullable()).isTrue();
    assertThat(r.project().models()).hasSize(1);
  }

  @Test
  void explicitContractWinsOverTheAutoOne() {
    LoadResult r = load(project()
        .put("models/orders.sql", "SELECT 1 AS id")
        .put("models/orders.contract.toml", CONTRACT)
        .put("contracts/orders.contract.toml", "[rules]\nrequired = [\"id\", \"amount\"]\n")
        .put("contracts/ghost.contract.toml", "[rules]\nrequired = [\"x\"]\n"), "contracts");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.project().contracts()).extracting(Contract::model, Contract::source, Contract::file).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ghost", "explicit", "contracts/ghost.contract.toml"),
        org.assertj.core.groups.Tuple.tuple("orders", "explicit", "contracts/orders.contract.toml"));
  }

  @Test
  void contractForAnUnknownModelIsStillLoaded() {
    LoadResult r = load(project().put("models/a.sql", "SELECT 1").put("models/nobody.contract.toml", CONTRACT), null);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.project().contracts()).singleElement().satisfies(c -> assertThat(c.model()).isEqualTo("nobody"));
  }

  @Test
  void unknownContractKey() {
    LoadResult r = load(project().put("models/a.sql", "SELECT 1")
        .put("models/a.contract.toml", "[[columns]]\nname = \"id\"\nnulable = false\n"), null);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.code()).isEqualTo(DiagnosticCode.V030);
    assertThat(d.message()).isEqualTo("unknown key 'nulable' in [columns]");
    assertThat(d.span()).extracting(s -> s.file(), s -> s.line()).containsExactly("models/a.contract.toml", 3);
    assertThat(d.suggestion()).startsWith("did you mean 'nullable'?");
  }

  @Test
  void missingContractsDirectory() {
    LoadResult r = load(project().put("models/a.sql", "SELECT 1"), "contracts");
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.V001);
      assertThat(d.message()).isEqualTo("contracts directory 'contracts' does not exist");
      assertThat(d.suggestion()).contains("--contracts");
    });
  }

  @Test
  void contractsAreReadAsWrittenWithoutVariableSubstitution() {
    LoadResult r = load(project().put("models/a.sql", "SELECT 1")
        .put("models/a.contract.toml", "[[columns]]\nname = \"id\"\ndescription = \"Costs ${AMOUNT}.\"\n"), null);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.project().contracts().get(0).columns().get(0).description()).isEqualTo("Costs ${AMOUNT}.");
  }
}

package dev.rocky.compiler.check;

import static dev.rocky.compiler.check.Fixtures.codes;
import static dev.rocky.compiler.check.Fixtures.col;
import static dev.rocky.compiler.check.Fixtures.complete;
import static dev.rocky.compiler.check.Fixtures.partial;
import static dev.rocky.compiler.check.Fixtures.schemas;
import static dev.rocky.compiler.check.Fixtures.where;
import static dev.rocky.core.diagnostic.DiagnosticCode.E010;
import static dev.rocky.core.diagnostic.DiagnosticCode.E011;
import static dev.rocky.core.diagnostic.DiagnosticCode.E012;
import static dev.rocky.core.diagnostic.DiagnosticCode.E013;
import static dev.rocky.core.diagnostic.DiagnosticCode.W010;
import static dev.rocky.core.diagnostic.DiagnosticCode.W011;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.project.Contract;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractCheckerTest {
  private static final String FILE = "models/fct_revenue.contract.toml";
  private static final String TEXT = """
      [[columns]]
      name = "customer_id"
      type = "Int64"
      nullable = false

      [[columns]]
      name = "revenue"
      type = "Decimal"

      [[columns]]
      name = "region"
      type = "String"

      [rules]
      required = ["customer_id", "revenue"]
      protected = ["customer_id"]
      """;
  private static final Contract CONTRACT = new Contract("fct_revenue", FILE, "auto",
      List.of(new Contract.Column("customer_id", "Int64", false, null, 1),
          new Contract.Column("revenue", "Decimal", null, null, 6),
          new Contract.Column("region", "String", null, null, 10)),
      List.of("customer_id", "revenue"), List.of("customer_id"));

  private final ContractChecker checker = new ContractChecker(SourceTexts.of(Map.of(FILE, TEXT)));

  private List<Diagnostic> check(ModelSchema schema) {
    return checker.check(List.of(CONTRACT), schemas(schema), Set.of("fct_revenue"));
  }

  private static ModelSchema good(RockyType revenueType) {
    return complete("fct_revenue", col("customer_id", RockyType.INT64, false), col("revenue", revenueType, true),
        col("region", RockyType.STRING, true));
  }

  @Test
  void e010PointsAtTheRequiredEntry() {
    List<Diagnostic> found = check(complete("fct_revenue", col("customer_id", RockyType.INT64, false),
        col("region", RockyType.STRING, true)));

    assertThat(codes(found)).containsExactly(E010);
    Diagnostic d = found.getFirst();
    assertThat(d.severity()).isEqualTo(Severity.Error);
    assertThat(d.model()).isEqualTo("fct_revenue");
    assertThat(d.message()).isEqualTo("required column 'revenue' missing from model output");
    assertThat(where(d)).isEqualTo(FILE + ":15:28");
    assertThat(d.span().length()).isEqualTo("\"revenue\"".length());
    assertThat(d.suggestion()).startsWith("add 'revenue' to the SELECT list or remove it from [rules] required");
  }

  @Test
  void e010QuietWhenPresentOrWhenTheSchemaIsIncomplete() {
    assertThat(check(good(new RockyType.Decimal(18, 2)))).isEmpty();
    assertThat(check(partial("fct_revenue", col("customer_id", RockyType.INT64, false)))).isEmpty();
  }

  @Test
  void e010MatchesColumnNamesCaseInsensitively() {
    assertThat(check(complete("fct_revenue", col("CUSTOMER_ID", RockyType.INT64, false),
        col("Revenue", new RockyType.Decimal(18, 2), true), col("region", RockyType.STRING, true)))).isEmpty();
  }

  @Test
  void e011PointsAtTheDeclaredType() {
    List<Diagnostic> found = check(good(RockyType.FLOAT64));

    assertThat(codes(found)).containsExactly(E011);
    assertThat(where(found.getFirst())).isEqualTo(FILE + ":8:8");
    assertThat(found.getFirst().message()).isEqualTo("column 'revenue' is Float64 but the contract expects Decimal");
    assertThat(found.getFirst().suggestion()).contains("CAST revenue to Decimal");
  }

  @Test
  void e011QuietForUnknownTypesAndBareDecimal() {
    assertThat(check(good(RockyType.UNKNOWN))).isEmpty();
    assertThat(check(good(new RockyType.Decimal(10, 2)))).isEmpty();
    assertThat(check(good(new RockyType.Decimal(38, 0)))).isEmpty();
  }

  @Test
  void e011ExactDecimalNeedsTheSamePrecisionAndScale() {
    Contract exact = new Contract("m", "c.toml", "auto",
        List.of(new Contract.Column("amount", "Decimal(10,2)", null, null, 0)), List.of(), List.of());
    ContractChecker noText = new ContractChecker(SourceTexts.none());

    List<Diagnostic> wrong = noText.check(List.of(exact),
        schemas(complete("m", col("amount", new RockyType.Decimal(12, 2), true))), Set.of("m"));
    List<Diagnostic> right = noText.check(List.of(exact),
        schemas(complete("m", col("amount", new RockyType.Decimal(10, 2), true))), Set.of("m"));

    assertThat(codes(wrong)).containsExactly(E011);
    assertThat(where(wrong.getFirst())).isEqualTo("c.toml");
    assertThat(right).isEmpty();
  }

  @Test
  void e012PointsAtNullable() {
    List<Diagnostic> found = check(complete("fct_revenue", col("customer_id", RockyType.INT64, true),
        col("revenue", new RockyType.Decimal(18, 2), true), col("region", RockyType.STRING, true)));

    assertThat(codes(found)).containsExactly(E012);
    assertThat(where(found.getFirst())).isEqualTo(FILE + ":4:12");
    assertThat(found.getFirst().suggestion()).contains("WHERE customer_id IS NOT NULL");
  }

  @Test
  void e012QuietWhenNotNullOrUnknown() {
    assertThat(check(good(new RockyType.Decimal(9, 2)))).isEmpty();
    assertThat(check(complete("fct_revenue", col("customer_id", RockyType.UNKNOWN, true),
        col("revenue", new RockyType.Decimal(18, 2), true), col("region", RockyType.STRING, true)))).isEmpty();
  }

  @Test
  void e013PointsAtTheProtectedEntry() {
    String file = "contracts/dim_customers.contract.toml";
    String text = """
        [rules]
        protected = ["email", "customer_id"]
        """;
    Contract contract = new Contract("dim_customers", file, "explicit", List.of(), List.of(),
        List.of("email", "customer_id"));
    List<Diagnostic> found = new ContractChecker(SourceTexts.of(Map.of(file, text))).check(List.of(contract),
        schemas(complete("dim_customers", col("customer_id", RockyType.INT64, false),
            col("mail", RockyType.STRING, true))), Set.of("dim_customers"));

    assertThat(codes(found)).containsExactly(E013);
    assertThat(where(found.getFirst())).isEqualTo(file + ":2:14");
    assertThat(found.getFirst().suggestion()).contains("restore 'email'").contains("did you mean 'mail'?");
  }

  @Test
  void e013QuietWhenPresentOrIncomplete() {
    assertThat(check(good(new RockyType.Decimal(18, 2)))).isEmpty();
    assertThat(check(partial("fct_revenue"))).isEmpty();
  }

  @Test
  void w010PointsAtTheDeclaredColumnName() {
    List<Diagnostic> found = check(complete("fct_revenue", col("customer_id", RockyType.INT64, false),
        col("revenue", new RockyType.Decimal(18, 2), true)));

    assertThat(codes(found)).containsExactly(W010);
    assertThat(found.getFirst().severity()).isEqualTo(Severity.Warning);
    assertThat(where(found.getFirst())).isEqualTo(FILE + ":11:8");
  }

  @Test
  void w010QuietForRequiredColumnsAndIncompleteSchemas() {
    // revenue is declared and required: E010 only, never a W010 as well.
    assertThat(codes(check(complete("fct_revenue", col("customer_id", RockyType.INT64, false),
        col("region", RockyType.STRING, true))))).containsExactly(E010);
    assertThat(check(partial("fct_revenue", col("customer_id", RockyType.INT64, false)))).isEmpty();
  }

  @Test
  void w010FallsBackToTheDeclaredLineWithoutText() {
    List<Diagnostic> found = new ContractChecker(SourceTexts.none()).check(List.of(CONTRACT),
        schemas(complete("fct_revenue", col("customer_id", RockyType.INT64, false),
            col("revenue", new RockyType.Decimal(18, 2), true))), Set.of("fct_revenue"));

    assertThat(where(found.getFirst())).isEqualTo(FILE + ":10:1");
  }

  @Test
  void w011ForAContractOfAnUnknownModel() {
    Contract stray = new Contract("fct_revenu", "models/fct_revenu.contract.toml", "auto", List.of(),
        List.of("x"), List.of());
    List<Diagnostic> found = checker.check(List.of(stray), Map.of(), Set.of("fct_revenue", "stg_orders"));

    assertThat(codes(found)).containsExactly(W011);
    assertThat(where(found.getFirst())).isEqualTo("models/fct_revenu.contract.toml");
    assertThat(found.getFirst().suggestion()).contains("rename the contract to fct_revenue.contract.toml");
  }

  @Test
  void w011QuietForAKnownModelEvenWithoutASchema() {
    assertThat(checker.check(List.of(CONTRACT), Map.of(), Set.of("fct_revenue"))).isEmpty();
  }

  @Test
  void brokenModelYieldsExactlyE010E012E013AndCleanSiblingsNothing() {
    Map<String, String> texts = Map.of(
        "contracts/stg_orders.contract.toml", "[rules]\nrequired = [\"order_id\"]\n",
        "contracts/fct_revenue.contract.toml", """
            [[columns]]
            name = "customer_id"
            type = "Int64"
            nullable = false

            [[columns]]
            name = "revenue"
            type = "Decimal"

            [rules]
            required = ["customer_id", "revenue"]
            protected = ["customer_id", "order_count"]
            """,
        "contracts/dim_customers.contract.toml", "[[columns]]\nname = \"email\"\ntype = \"String\"\n");
    List<Contract> contracts = List.of(
        new Contract("stg_orders", "contracts/stg_orders.contract.toml", "explicit", List.of(), List.of("order_id"),
            List.of()),
        new Contract("fct_revenue", "contracts/fct_revenue.contract.toml", "explicit",
            List.of(new Contract.Column("customer_id", "Int64", false, null, 1),
                new Contract.Column("revenue", "Decimal", null, null, 6)),
            List.of("customer_id", "revenue"), List.of("customer_id", "order_count")),
        new Contract("dim_customers", "contracts/dim_customers.contract.toml", "explicit",
            List.of(new Contract.Column("email", "String", null, null, 1)), List.of(), List.of()));
    Map<String, ModelSchema> inferred = schemas(
        complete("stg_orders", col("order_id", RockyType.INT64, false), col("amount", new RockyType.Decimal(10, 2), true)),
        complete("fct_revenue", col("customer_id", RockyType.INT64, true), col("total", new RockyType.Decimal(38, 2), true)),
        complete("dim_customers", col("customer_id", RockyType.INT64, false), col("email", RockyType.STRING, true)));
    Set<String> models = Set.of("stg_orders", "fct_revenue", "dim_customers");
    ContractChecker checker = new ContractChecker(SourceTexts.of(texts));

    List<Diagnostic> found = checker.check(contracts, inferred, models);

    assertThat(codes(found)).containsExactly(E010, E012, E013);
    assertThat(found).extracting(Diagnostic::model).containsOnly("fct_revenue");
    assertThat(found).extracting(Fixtures::where).containsExactly(
        "contracts/fct_revenue.contract.toml:11:28",
        "contracts/fct_revenue.contract.toml:4:12",
        "contracts/fct_revenue.contract.toml:12:29");
    assertThat(checker.check(contracts.reversed(), inferred, models)).isEqualTo(found);
  }
}

package dev.rocky.compiler.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.project.Model;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code models/x.rocky} file is a model like any other: lowered before type checking, in the
 * DAG, typed from its sources, with a sidecar and a contract of the same stem; its diagnostics
 * point into the {@code .rocky} file.
 */
class RockyModelCompileTest {
  private static final String CONFIG = """
      [adapter.local]
      type = "duckdb"

      [pipeline.main]
      type = "transformation"
      models = "models/**"

      [pipeline.main.target]
      adapter = "local"
      """;
  private static final String SOURCES = """
      [[table]]
      schema = "raw"
      name = "orders"
      columns = [
        { name = "id", type = "BIGINT", nullable = false },
        { name = "customer_id", type = "BIGINT" },
        { name = "amount", type = "DECIMAL(10,2)" },
        { name = "status", type = "VARCHAR" },
      ]
      """;

  private static CompileResult compile(InMemoryProjectSource project) {
    return new Compiler(CacheStore.NONE, null)
        .compile(project, new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 1));
  }

  private static InMemoryProjectSource project(String rocky) {
    return new InMemoryProjectSource("memory:/dsl")
        .put("rocky.toml", CONFIG)
        .put("sources/raw.toml", SOURCES)
        .put("models/customer_revenue.rocky", rocky)
        .put("models/customer_revenue.toml", "intent = \"Revenue per customer.\"\n")
        .put("models/top_customers.sql", "SELECT customer_id, revenue FROM customer_revenue WHERE revenue > 100\n");
  }

  @Test
  void aRockyModelIsLoweredTypedAndInTheDag() {
    CompileResult result = compile(project("""
        from raw.orders
        where status != "cancelled"
        group customer_id { revenue: sum(amount), orders: count() }
        """));

    assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    Model model = result.project().model("customer_revenue").orElseThrow();
    assertThat(model.sqlFile()).isEqualTo("models/customer_revenue.rocky");
    assertThat(model.sql()).contains("WHERE status IS DISTINCT FROM 'cancelled'").contains("GROUP BY customer_id");
    assertThat(model.config().intent()).isEqualTo("Revenue per customer.");
    assertThat(result.dag().upstreamOf("top_customers")).containsExactly("customer_revenue");
    assertThat(result.schemas().get("customer_revenue").columns()).extracting(TypedColumn::name)
        .containsExactly("customer_id", "revenue", "orders");
    assertThat(result.schemas().get("top_customers").complete()).isTrue();
  }

  @Test
  void aTypeErrorInLoweredSqlPointsIntoTheRockyFile() {
    CompileResult result = compile(project("""
        from raw.orders
        where status != "cancelled"
        derive {
          doubled: amont * 2
        }
        """));

    Diagnostic e003 = result.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.E003).findFirst().orElseThrow();
    assertThat(e003.model()).isEqualTo("customer_revenue");
    assertThat(e003.span().file()).isEqualTo("models/customer_revenue.rocky");
    assertThat(e003.span().line()).isEqualTo(4);
    assertThat(e003.span().col()).isEqualTo(12);
  }

  @Test
  void aSyntaxErrorIsOneE004AtTheRockyLineAndColumnAndTheRestStillCompiles() {
    CompileResult result = compile(project("""
        from raw.orders
        group customer_id {
          revenue sum(amount)
        }
        """));

    List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertThat(errors).hasSize(1);
    Diagnostic e004 = errors.get(0);
    assertThat(e004.code()).isEqualTo(DiagnosticCode.E004);
    assertThat(e004.model()).isEqualTo("customer_revenue");
    assertThat(e004.message()).isEqualTo("Rocky DSL: expected `:` after `revenue`, found `sum`");
    assertThat(e004.span()).hasToString("models/customer_revenue.rocky:3:11");
    assertThat(result.project().model("top_customers")).isPresent();
  }

  @Test
  void anUnboundVarInARockyModelPointsAtItsPlaceholder() {
    CompileResult result = compile(project("""
        from raw.orders
        where amount > @var(min_amount)
        """));

    Diagnostic e028 = result.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.E028).findFirst().orElseThrow();
    assertThat(e028.span()).hasToString("models/customer_revenue.rocky:2:16");
  }
}

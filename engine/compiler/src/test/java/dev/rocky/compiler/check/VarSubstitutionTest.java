package dev.rocky.compiler.check;

import static dev.rocky.compiler.check.Fixtures.codes;
import static dev.rocky.compiler.check.Fixtures.where;
import static dev.rocky.core.diagnostic.DiagnosticCode.E028;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VarSubstitutionTest {
  private static final String FILE = "models/orders.sql";

  private static VarSubstitution.Result apply(Map<String, String> vars, String sql) {
    return new VarSubstitution(vars).apply("orders", FILE, sql);
  }

  @Test
  void replacesABindingTextually() {
    VarSubstitution.Result r = apply(Map.of("region", "'EU'"), "SELECT * FROM o WHERE region = @var(region)");

    assertThat(r.sql()).isEqualTo("SELECT * FROM o WHERE region = 'EU'");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void usesTheDefaultUnlessBound() {
    String sql = "SELECT * FROM o LIMIT @var(rows, 100) -- @var(ignored)\nWHERE r IN (@var(regions, 'EU, US'))";

    assertThat(apply(Map.of(), sql).sql())
        .isEqualTo("SELECT * FROM o LIMIT 100 -- @var(ignored)\nWHERE r IN ('EU, US')");
    assertThat(apply(Map.of("rows", "5"), sql).sql())
        .isEqualTo("SELECT * FROM o LIMIT 5 -- @var(ignored)\nWHERE r IN ('EU, US')");
  }

  @Test
  void e028AtTheExactPositionOfTheReference() {
    String sql = "SELECT *\nFROM o\nWHERE a = 1 AND region = @var(region)\n";
    VarSubstitution.Result r = apply(Map.of("other", "1"), sql);

    assertThat(codes(r.diagnostics())).containsExactly(E028);
    Diagnostic d = r.diagnostics().getFirst();
    assertThat(where(d)).isEqualTo(FILE + ":3:26");
    assertThat(d.span().length()).isEqualTo("@var(region)".length());
    assertThat(d.model()).isEqualTo("orders");
    assertThat(d.message()).isEqualTo("@var(region) has no --var binding and no default");
    assertThat(d.suggestion()).isEqualTo("pass --var region=value or write @var(region, default)");
    // The unbound reference stands as NULL of the same length: the model still parses, positions hold.
    assertThat(r.sql()).isEqualTo("SELECT *\nFROM o\nWHERE a = 1 AND region = NULL        \n").hasSameSizeAs(sql);
  }

  @Test
  void e028QuietWhenBoundOrDefaultedOrCommentedOut() {
    assertThat(apply(Map.of("region", "'EU'"), "SELECT @var(region)").diagnostics()).isEmpty();
    assertThat(apply(Map.of(), "SELECT @var(region, 'EU')").diagnostics()).isEmpty();
    assertThat(apply(Map.of(), "SELECT 1 /* @var(region) */ -- @var(x)").diagnostics()).isEmpty();
  }

  @Test
  void e028ForEachUnboundReferenceAndForMalformedOnes() {
    VarSubstitution.Result r = apply(Map.of(), "SELECT @var(a), @var(b, 2), @var(c)\nFROM t WHERE x = @var(");

    assertThat(r.sql()).isEqualTo("SELECT NULL   , 2, NULL   \nFROM t WHERE x = @var(");
    assertThat(r.diagnostics()).extracting(Fixtures::where)
        .containsExactly(FILE + ":1:8", FILE + ":1:29", FILE + ":2:18");
    assertThat(r.diagnostics().get(2).message()).startsWith("malformed variable reference");
  }

  @Test
  void leavesTimeWindowPlaceholdersAlone() {
    String sql = "SELECT * FROM e WHERE ts >= @start_date AND ts < @end_date AND k = @var(k, 1)";

    assertThat(apply(Map.of("start_date", "x"), sql).sql())
        .isEqualTo("SELECT * FROM e WHERE ts >= @start_date AND ts < @end_date AND k = 1");
  }

  @Test
  void textWithoutVariablesIsReturnedAsIs() {
    String sql = "SELECT a FROM t WHERE b = '@var'";

    VarSubstitution.Result r = apply(Map.of("x", "1"), sql);

    assertThat(r.sql()).isSameAs(sql);
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void substitutesInsideStringLiterals() {
    assertThat(apply(Map.of("day", "2024-01-01"), "SELECT DATE '@var(day)'").sql())
        .isEqualTo("SELECT DATE '2024-01-01'");
  }

  @Test
  void appliesToAModel() {
    VarSubstitution.Result r = new VarSubstitution(Map.of("n", "3"))
        .apply(Fixtures.plain("orders", "SELECT @var(n) AS n"));

    assertThat(r.sql()).isEqualTo("SELECT 3 AS n");
  }
}

package dev.rocky.compiler.check;

import static dev.rocky.compiler.check.Fixtures.codes;
import static dev.rocky.compiler.check.Fixtures.col;
import static dev.rocky.compiler.check.Fixtures.complete;
import static dev.rocky.compiler.check.Fixtures.schemas;
import static dev.rocky.compiler.check.Fixtures.where;
import static dev.rocky.core.diagnostic.DiagnosticCode.W005;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Freshness;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FreshnessLintTest {
  private static final String SQL = "SELECT id,\n       order_date, shipped_at\nFROM raw.orders";
  private static final Map<String, ModelSchema> SCHEMAS = schemas(complete("orders",
      col("id", RockyType.INT64, false), col("order_date", RockyType.DATE, true),
      col("shipped_at", RockyType.TIMESTAMP_NTZ, true)));

  private final FreshnessLint lint = new FreshnessLint();

  @Test
  void w005PointsAtTheFirstTemporalColumn() {
    List<Diagnostic> found = lint.check(List.of(Fixtures.plain("orders", SQL)), SCHEMAS, false);

    assertThat(codes(found)).containsExactly(W005);
    Diagnostic d = found.getFirst();
    assertThat(where(d)).isEqualTo("models/orders.sql:2:8");
    assertThat(d.span().length()).isEqualTo("order_date".length());
    assertThat(d.message()).isEqualTo("model 'orders' outputs temporal columns order_date, shipped_at but declares no freshness");
    assertThat(d.suggestion()).startsWith("add [freshness] max_lag_seconds = <seconds> to models/orders.toml");
  }

  @Test
  void w005QuietWithAModelOrProjectDeclaration() {
    Model declared = Fixtures.model("orders", SQL, new Strategy.FullRefresh(), new Freshness(3600L, null, null));

    assertThat(lint.check(List.of(declared), SCHEMAS, false)).isEmpty();
    assertThat(lint.check(List.of(Fixtures.plain("orders", SQL)), SCHEMAS, true)).isEmpty();
  }

  @Test
  void w005QuietForEphemeralModelsAndModelsWithoutTemporalColumns() {
    Model ephemeral = Fixtures.model("orders", SQL, new Strategy.Ephemeral());
    Model counts = Fixtures.plain("counts", "SELECT 1 AS n");

    assertThat(lint.check(List.of(ephemeral), SCHEMAS, false)).isEmpty();
    assertThat(lint.check(List.of(counts), schemas(complete("counts", col("n", RockyType.INT64, false))), false))
        .isEmpty();
    assertThat(lint.check(List.of(counts), Map.of(), false)).isEmpty();
  }
}

package dev.rocky.compiler.check;

import static dev.rocky.compiler.check.Fixtures.codes;
import static dev.rocky.compiler.check.Fixtures.col;
import static dev.rocky.compiler.check.Fixtures.complete;
import static dev.rocky.compiler.check.Fixtures.partial;
import static dev.rocky.compiler.check.Fixtures.schemas;
import static dev.rocky.compiler.check.Fixtures.where;
import static dev.rocky.core.diagnostic.DiagnosticCode.W006;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeKeyLintTest {
  private static final String SIDECAR = """
      name = "order_lines"

      [strategy]
      type = "merge"
      unique_key = ["order_id", "line_no"]
      """;
  private static final Model MODEL = Fixtures.model("order_lines", "SELECT order_id, line_number FROM raw.lines",
      new Strategy.Merge(List.of("order_id", "line_no"), null));

  private final MergeKeyLint lint = new MergeKeyLint(SourceTexts.of(Map.of("models/order_lines.toml", SIDECAR)));

  private List<Diagnostic> check(ModelSchema schema) {
    return lint.check(List.of(MODEL), schemas(schema));
  }

  @Test
  void w006PointsAtTheKeyInTheSidecar() {
    List<Diagnostic> found = check(complete("order_lines", col("order_id", RockyType.INT64, false),
        col("line_number", RockyType.INT32, false)));

    assertThat(codes(found)).containsExactly(W006);
    assertThat(where(found.getFirst())).isEqualTo("models/order_lines.toml:5:27");
    assertThat(found.getFirst().message()).isEqualTo("merge key 'line_no' is not in the output of model 'order_lines'");
  }

  @Test
  void w006QuietWhenKeysMatchCaseInsensitivelyOrTheSchemaIsIncomplete() {
    assertThat(check(complete("order_lines", col("ORDER_ID", RockyType.INT64, false),
        col("Line_No", RockyType.INT32, false)))).isEmpty();
    assertThat(check(partial("order_lines", col("order_id", RockyType.INT64, false)))).isEmpty();
  }

  @Test
  void otherStrategiesAreIgnored() {
    Model plain = Fixtures.plain("order_lines", "SELECT 1 AS x");

    assertThat(lint.check(List.of(plain), schemas(complete("order_lines", col("x", RockyType.INT64, false)))))
        .isEmpty();
  }
}

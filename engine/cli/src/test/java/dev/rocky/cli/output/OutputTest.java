package dev.rocky.cli.output;

import dev.rocky.core.RockyVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OutputTest {

  record Sample(int modelCount, boolean hasErrors, List<String> dependsOn, @Nullable String expandedSql) {}

  record Impostor(String command, String version, int rows) {}

  private static String emit(OutputFormat format, CommandResult result, int[] exit) {
    StringWriter buffer = new StringWriter();
    exit[0] = new Output(new PrintWriter(buffer), format).emit(result);
    return buffer.toString();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void jsonStartsWithVersionAndCommandThenSnakeCaseFields() throws Exception {
    int[] exit = new int[1];
    String text = emit(OutputFormat.JSON, CommandResult.success("compile",
        new Sample(3, false, List.of("stg_orders"), null), HumanView.lines("unused")), exit);

    JsonNode json = Json.mapper().readTree(text);
    assertThat(fieldNames(json)).containsExactly("version", "command", "model_count", "has_errors", "depends_on");
    assertThat(json.get("version").asText()).isEqualTo(RockyVersion.get());
    assertThat(json.get("command").asText()).isEqualTo("compile");
    assertThat(text).startsWith("{\n  \"version\": \"" + RockyVersion.get() + "\",\n  \"command\": \"compile\",");
    assertThat(text).endsWith("}" + System.lineSeparator());
    assertThat(exit[0]).isZero();
  }

  @Test
  void jsonIsOneObjectPrettyPrintedLikeRocky() {
    int[] exit = new int[1];
    String text = emit(OutputFormat.JSON, CommandResult.success("list models",
        Map.of("models", List.of(), "names", List.of("a", "b")), HumanView.lines()), exit);

    assertThat(text).contains("\"models\": []");
    assertThat(text).contains("\"names\": [\n    \"a\",\n    \"b\"\n  ]");
  }

  @Test
  void payloadFieldsNamedVersionOrCommandDoNotDisplaceTheEnvelope() throws Exception {
    for (Object payload : List.<Object>of(new Impostor("other", "9.9.9", 4),
        new java.util.LinkedHashMap<>(Map.of("command", "other", "version", "9.9.9", "rows", 4)))) {
      JsonNode json = Json.mapper().readTree(Json.envelope("run", payload));
      assertThat(fieldNames(json)).containsExactly("version", "command", "rows");
      assertThat(json.get("command").asText()).isEqualTo("run");
      assertThat(json.get("version").asText()).isEqualTo(RockyVersion.get());
    }
  }

  @Test
  void mapPayloadsKeepTheirOrderAndDropNulls() throws Exception {
    Map<String, Object> payload = new java.util.LinkedHashMap<>();
    payload.put("models", 2);
    payload.put("skipped", null);
    payload.put("depends_on", List.of("a"));
    JsonNode json = Json.mapper().readTree(Json.envelope("list deps", payload));
    assertThat(fieldNames(json)).containsExactly("version", "command", "models", "depends_on");
  }

  @Test
  void anEmptyPayloadGivesJustTheEnvelope() {
    assertThat(Json.envelope("version", Map.of()))
        .isEqualTo("{\n  \"version\": \"" + RockyVersion.get() + "\",\n  \"command\": \"version\"\n}");
  }

  @Test
  void coreRecordsKeepTheirWireNames() throws Exception {
    Diagnostic d = Diagnostic.of(DiagnosticCode.E010, "required column 'revenue' is missing").withModel("fct_revenue");
    JsonNode json = Json.mapper().readTree(Json.envelope("compile", Map.of("diagnostics", List.of(d))));
    JsonNode first = json.get("diagnostics").get(0);
    assertThat(fieldNames(first)).containsExactly("severity", "code", "message", "model", "span", "suggestion");
    assertThat(first.get("severity").asText()).isEqualTo("Error");
    assertThat(first.get("code").asText()).isEqualTo("E010");
    assertThat(first.get("span").isNull()).isTrue();
  }

  @Test
  void aPayloadThatIsNotAnObjectIsRejected() {
    assertThatThrownBy(() -> Json.envelope("x", List.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> Json.envelope("x", "text"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tableModePrintsTheHumanViewAndNoJson() {
    int[] exit = new int[1];
    TextTable table = TextTable.builder("name", "strategy").row("stg_orders", "full_refresh").build();
    String text = emit(OutputFormat.TABLE,
        new CommandResult("list models", Map.of("models", List.of()), table, ExitCode.PARTIAL_SUCCESS), exit);

    assertThat(text).isEqualTo("NAME        STRATEGY" + System.lineSeparator() + "stg_orders  full_refresh" + System.lineSeparator());
    assertThat(exit[0]).isEqualTo(2);
  }

  @Test
  void theExitCodeComesFromTheResultInEitherFormat() {
    for (ExitCode code : ExitCode.values()) {
      for (OutputFormat format : OutputFormat.values()) {
        int[] exit = new int[1];
        emit(format, new CommandResult("run", Map.of(), HumanView.lines("x"), code), exit);
        assertThat(exit[0]).isEqualTo(code.code());
      }
    }
    assertThat(ExitCode.SUCCESS.code()).isZero();
    assertThat(ExitCode.FAILURE.code()).isEqualTo(1);
    assertThat(ExitCode.PARTIAL_SUCCESS.code()).isEqualTo(2);
  }

  @Test
  void theDefaultFormatFollowsTheTerminal() {
    assertThat(OutputFormat.defaultFor(true)).isEqualTo(OutputFormat.TABLE);
    assertThat(OutputFormat.defaultFor(false)).isEqualTo(OutputFormat.JSON);
    assertThat(OutputFormat.parse("JSON")).isEqualTo(OutputFormat.JSON);
    assertThat(OutputFormat.parse("table")).isEqualTo(OutputFormat.TABLE);
    assertThatThrownBy(() -> OutputFormat.parse("yaml")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void underTestStdoutIsNotATerminal() {
    // Surefire pipes stdout; JDK 22+ still returns a Console, so this checks isTerminal() is used.
    assertThat(Terminal.stdoutIsInteractive()).isFalse();
  }
}

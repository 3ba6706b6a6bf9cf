package dev.rocky.app.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rocky.app.compile.CompileService;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.ai.AiErrorCode;
import dev.rocky.core.ai.AiException;
import dev.rocky.core.ai.AiMessage;
import dev.rocky.core.port.CacheStore;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenerateServiceTest {
  private final InMemoryProjectSource project = InMemoryProjectSource.of(Map.of(
      "rocky.toml", "[adapter.local]\ntype = \"duckdb\"\n",
      "sources/raw.toml", """
          [[table]]
          schema = "raw"
          name = "orders"
          columns = [{ name = "id", type = "BIGINT", nullable = false }, { name = "amount", type = "DOUBLE" }]
          """,
      "models/orders.sql", "SELECT id, amount FROM raw.orders\n"));
  private final CompileService compiler = new CompileService(CacheStore.NONE, null);
  private final CompileOptions options = CompileOptions.defaults().withThreads(1);

  private GenerateService.Outcome generate(ScriptedProvider provider, String name, int attempts) {
    CompileResult base = compiler.compile(project, options);
    assertThat(base.hasErrors()).isFalse();
    return new GenerateService(provider, compiler, 100)
        .generate(project, options, base, new GenerateService.Request("total", name, ModelFormat.SQL, attempts));
  }

  @Test
  void theDiagnosticsGoBackUntilItCompilesAndNothingTouchesTheSource() {
    ScriptedProvider provider = new ScriptedProvider("```sql\nSELECT SUM(amout) AS total FROM orders\n```",
        "```sql\nSELECT SUM(amount) AS total FROM orders\n```\n```toml\nintent = \"t\"\n```");

    GenerateService.Outcome out = generate(provider, "total", 3);

    assertThat(out.compiled()).isTrue();
    assertThat(out.attempts()).isEqualTo(2);
    assertThat(out.candidate().files()).containsOnlyKeys("models/total.sql", "models/total.toml");
    assertThat(project.files()).doesNotContainKey("models/total.sql");
    List<AiMessage> second = provider.requests.get(1).messages();
    assertThat(second).extracting(AiMessage::role)
        .containsExactly(AiMessage.Role.USER, AiMessage.Role.ASSISTANT, AiMessage.Role.USER);
    assertThat(second.get(2).text()).contains("error[E003] models/total.sql:1:").contains("amout");
    assertThat(provider.requests.get(0).maxTokens()).isEqualTo(100);
    assertThat(provider.requests.get(0).messages().get(0).text())
        .contains("- orders: id Int64 NOT NULL, amount Float64")
        .contains("- raw.orders: id Int64 NOT NULL, amount Float64")
        .contains("Intent: total")
        .doesNotContain("SELECT id, amount");
  }

  @Test
  void afterTheLastAttemptTheOutcomeCarriesTheErrors() {
    GenerateService.Outcome out = generate(new ScriptedProvider("```sql\nSELECT nope FROM orders\n```"), "total", 2);

    assertThat(out.compiled()).isFalse();
    assertThat(out.attempts()).isEqualTo(2);
    assertThat(out.diagnostics()).extracting(d -> d.code().name()).containsExactly("E003");
  }

  @Test
  void anAnswerWithoutTheBlockIsMalformed() {
    AiException e = catchThrowableOfType(AiException.class,
        () -> generate(new ScriptedProvider("SELECT 1"), "total", 2));

    assertThat(e.code()).isEqualTo(AiErrorCode.AI_MALFORMED_RESPONSE);
  }
}

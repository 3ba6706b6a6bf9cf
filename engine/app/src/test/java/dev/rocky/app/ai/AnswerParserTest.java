package dev.rocky.app.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rocky.core.ai.AiException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerParserTest {

  @Test
  void readsTheTaggedBlocksAndTheChosenName() {
    Candidate c = AnswerParser.candidate("""
        Sure.
        name: `daily_totals`

        ```SQL
        SELECT 1 AS one
        ```
        ```toml
        intent = "x"
        ```
        """, null, ModelFormat.SQL, "models/marts");

    assertThat(c.name()).isEqualTo("daily_totals");
    assertThat(c.files()).containsExactly(Map.entry("models/marts/daily_totals.sql", "SELECT 1 AS one\n"),
        Map.entry("models/marts/daily_totals.toml", "intent = \"x\"\n"));
  }

  @Test
  void theSidecarIsOptionalTheModelIsNot() {
    Candidate c = AnswerParser.candidate("```rocky\nfrom orders\n```", "n", ModelFormat.ROCKY, "models");
    AiException e = catchThrowableOfType(AiException.class,
        () -> AnswerParser.candidate("```sql\nSELECT 1\n```", null, ModelFormat.SQL, "models"));

    assertThat(c.files()).containsOnlyKeys("models/n.rocky");
    assertThat(e.getMessage()).contains("does not name the model");
  }

  @Test
  void anUnclosedBlockRunsToTheEnd() {
    assertThat(AnswerParser.blocks("```sql\nSELECT 1")).containsExactly(new AnswerParser.Block("sql", "SELECT 1\n"));
    assertThat(AnswerParser.blocks("no blocks")).isEqualTo(List.of());
  }
}

package dev.rocky.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NondeterminismTest {

  @Test
  void findsRandomnessTimeAndSamplingInOrder() {
    assertThat(Nondeterminism.of("SELECT id, RANDOM() AS r, now(), uuid () FROM t USING SAMPLE 10%"))
        .containsExactly("random()", "now()", "uuid()", "USING SAMPLE");
    assertThat(Nondeterminism.of("SELECT current_date AS d, CURRENT_TIMESTAMP() FROM t TABLESAMPLE BERNOULLI (5)"))
        .containsExactly("current_date", "current_timestamp()", "TABLESAMPLE");
  }

  @Test
  void ignoresStringsCommentsQuotedNamesAndLookalikes() {
    assertThat(Nondeterminism.of("""
        -- random() in a comment
        /* now() too */
        SELECT 'now()' AS s, "random" AS r, random_id, my_now(x), t.current_date_col, 'it''s now()'
        FROM t
        """)).isEmpty();
  }
}

package dev.rocky.compiler.sql.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;
import org.junit.jupiter.api.Test;

class CalciteKeywordsTest {

  @Test
  void theWrittenOutKeywordsAreCalcites() {
    SqlAbstractParserImpl.Metadata m = new SqlParserImpl(new StringReader("")).getMetadata();
    Set<String> reserved = new TreeSet<>();
    Set<String> nonReserved = new TreeSet<>();
    for (String token : m.getTokens()) {
      if (!token.matches("[A-Z_][A-Z0-9_$]*")) {
        continue; // END-EXEC: the lexer steps aside for it
      }
      if (m.isReservedWord(token)) {
        reserved.add(token);
      } else if (m.isNonReservedKeyword(token)) {
        nonReserved.add(token);
      }
    }
    assertThat(new TreeSet<>(Set.of(CalciteKeywords.RESERVED_WORDS.trim().split("\\s+")))).isEqualTo(reserved);
    assertThat(new TreeSet<>(Set.of(CalciteKeywords.NON_RESERVED_WORDS.trim().split("\\s+")))).isEqualTo(nonReserved);
  }

  @Test
  void lookupsIgnoreCaseAndAllocateNoKeywordForOtherWords() {
    assertThat(CalciteKeywords.kind("SELECT")).isEqualTo(CalciteKeywords.RESERVED);
    assertThat(CalciteKeywords.reserved("select")).isTrue();
    assertThat(CalciteKeywords.reserved("Measure")).isTrue();
    assertThat(CalciteKeywords.reserved("name")).isFalse();
    assertThat(CalciteKeywords.kind("NAME")).isEqualTo(CalciteKeywords.NON_RESERVED);
    assertThat(CalciteKeywords.kind("ORDERS")).isEqualTo(CalciteKeywords.NONE);
    String text = "x from y";
    int slot = CalciteKeywords.slot(text, 2, 6);
    assertThat(slot).isNotNegative();
    assertThat(CalciteKeywords.word(slot)).isEqualTo("FROM");
  }
}

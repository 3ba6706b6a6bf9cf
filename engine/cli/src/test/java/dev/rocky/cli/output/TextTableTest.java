package dev.rocky.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  private static String render(TextTable table) {
    StringWriter buffer = new StringWriter();
    PrintWriter out = new PrintWriter(buffer);
    table.render(out);
    out.flush();
    return buffer.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void alignsColumnsAndLeavesTheLastOneUnpadded() {
    TextTable table = TextTable.builder("name", "strategy", "depends on")
        .row("stg_orders", "full_refresh", null)
        .row("customer_revenue", "merge", "dim_customers, fct_payments")
        .build();
    assertThat(render(table)).isEqualTo("""
        NAME              STRATEGY      DEPENDS ON
        stg_orders        full_refresh  -
        customer_revenue  merge         dim_customers, fct_payments
        """);
  }

  @Test
  void anEmptyTablePrintsItsMessage() {
    assertThat(render(TextTable.builder("name").emptyMessage("No models found.").build())).isEqualTo("No models found.\n");
  }

  @Test
  void rowsMustMatchTheHeader() {
    assertThatThrownBy(() -> new TextTable(List.of("a", "b"), List.of(List.of("1")), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.rocky.catalog.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

  @Test
  void slugsAreLowerCaseAndUniqueAcrossCase() {
    Links links = new Links();
    links.addModel("Orders");
    links.addModel("orders");
    links.addModel("weird name/€");
    links.addSource("raw.orders");
    assertThat(links.page("Orders")).contains("models/orders.html");
    assertThat(links.page("orders")).contains("models/orders-2.html");
    assertThat(links.page("weird name/€")).contains("models/weird-name--.html");
    assertThat(links.page("raw.orders")).contains("sources/raw.orders.html");
    assertThat(links.graph("raw.orders")).isEqualTo("graph/s-raw.orders.js");
    assertThat(links.page("nothing")).isEmpty();
    assertThat(Links.columnAnchor("Customer ID")).isEqualTo("col-customer-id");
    assertThat(Links.slug(".hidden")).isEqualTo("_.hidden");
  }

  @Test
  void formatsValuesAndSaysWhatIsNotRecorded() {
    assertThat(Format.duration(850)).isEqualTo("850 ms");
    assertThat(Format.duration(12_400)).isEqualTo("12.4 s");
    assertThat(Format.duration(185_000)).isEqualTo("3 min 05 s");
    assertThat(Format.usd(null)).isEqualTo("not recorded");
    assertThat(Format.usd(0.0123)).isEqualTo("$0.0123");
    assertThat(Format.usd(1234.5)).isEqualTo("$1,234.50");
    assertThat(Format.count((Long) null)).isEqualTo("not recorded");
    assertThat(Format.bytes(2048)).isEqualTo("2.0 KB");
  }
}

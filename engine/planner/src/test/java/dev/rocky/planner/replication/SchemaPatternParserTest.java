package dev.rocky.planner.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.config.ReplicationPipeline.SchemaPattern;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaPatternParserTest {
  private final SchemaPatternParser multi = SchemaPatternParser.of("bronze",
      new SchemaPattern("src__", "__", List.of("tenant", "regions...", "source")));

  @Test
  void aMultiValuedComponentTakesWhatTheOthersLeave() {
    assertThat(multi.parse("src__acme__us__eu__shopify").orElseThrow().values())
        .isEqualTo(Map.of("tenant", List.of("acme"), "regions", List.of("us", "eu"), "source", List.of("shopify")));
    assertThat(multi.parse("src__acme__us__shopify").orElseThrow().flattened()).containsExactly("acme", "us", "shopify");
  }

  @Test
  void namesThatDoNotFitAreNotThePipelines() {
    assertThat(multi.parse("src__acme__shopify")).isEmpty();
    assertThat(multi.parse("raw__acme__us__shopify")).isEmpty();
    assertThat(multi.parse("src__acme____shopify")).isEmpty();
    SchemaPatternParser fixed = SchemaPatternParser.of("p", new SchemaPattern("raw_", "_", List.of("tenant", "source")));
    assertThat(fixed.parse("raw_acme_shopify").orElseThrow().values().get("source")).containsExactly("shopify");
    assertThat(fixed.parse("raw_acme_shopify_extra")).isEmpty();
  }

  @Test
  void aMalformedPatternIsACodedError() {
    assertThatThrownBy(() -> SchemaPatternParser.of("p", new SchemaPattern("x", "__", List.of("a...", "b..."))))
        .isInstanceOf(ReplicationException.class)
        .hasMessageContaining("pipeline 'p': source.schema_pattern")
        .extracting(e -> ((ReplicationException) e).code()).isEqualTo(ReplicationErrorCode.REPLICATION_INVALID_SCHEMA_PATTERN);
  }

  @Test
  void templatesFillComponentsAndPinJoinSeparators() {
    SchemaComponents c = multi.parse("src__acme__us__eu__shopify").orElseThrow();
    List<String> names = multi.components();
    assertThat(TargetTemplate.of("p", "catalog_template", "{tenant}_warehouse", names).render(c, "__"))
        .isEqualTo("acme_warehouse");
    assertThat(TargetTemplate.of("p", "schema_template", "staging__{regions}__{source}", names).render(c, "__"))
        .isEqualTo("staging__us__eu__shopify");
    assertThat(TargetTemplate.of("p", "schema_template", "stg_{regions:_}_{source}", names).render(c, "__"))
        .isEqualTo("stg_us_eu_shopify");
    assertThatThrownBy(() -> TargetTemplate.of("p", "schema_template", "stg_{client}", names))
        .isInstanceOf(ReplicationException.class).hasMessageContaining("'{client}'");
  }
}

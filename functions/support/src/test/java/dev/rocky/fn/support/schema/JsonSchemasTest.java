package dev.rocky.fn.support.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.ModelStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The schema says what the mapper reads and writes. */
class JsonSchemasTest {
  record Inner(@JsonProperty("kind") FailureKind kind) {}

  record Sample(
      @JsonProperty("run_id") String runId,
      int count,
      @JsonProperty("at") @Nullable Instant at,
      @JsonProperty("status") ModelStatus status,
      @JsonProperty("layers") List<List<String>> layers,
      @JsonProperty("vars") @Nullable Map<String, String> vars,
      @JsonProperty("inner") Inner inner) {}

  @Test
  void componentsBecomePropertiesWithTheirWireNamesAndTypes() {
    JsonNode schema = JsonSchemas.response(Sample.class, "a sample");
    JsonNode p = schema.get("properties");

    assertThat(schema.get("title").asText()).isEqualTo("Sample");
    assertThat(p.get("count").get("type").asText()).isEqualTo("integer");
    assertThat(p.get("at").get("type")).hasSize(2);
    assertThat(p.get("at").get("format").asText()).isEqualTo("date-time");
    assertThat(p.get("status").get("enum").toString()).isEqualTo("[\"success\",\"failed\",\"skipped\"]");
    assertThat(p.get("layers").get("items").get("items").get("type").asText()).isEqualTo("string");
    assertThat(p.get("vars").get("additionalProperties").get("type").asText()).isEqualTo("string");
    assertThat(p.get("inner").get("properties").get("kind").get("enum").get(0).asText()).isEqualTo("connection-failed");
  }

  @Test
  void nullablesAreOptionalAndRequestPrimitivesDefault() {
    assertThat(JsonSchemas.response(Sample.class, "").get("required").toString())
        .isEqualTo("[\"run_id\",\"count\",\"status\",\"layers\",\"inner\"]");
    assertThat(JsonSchemas.request(Sample.class, "").get("required").toString())
        .isEqualTo("[\"run_id\",\"status\",\"layers\",\"inner\"]");
  }
}

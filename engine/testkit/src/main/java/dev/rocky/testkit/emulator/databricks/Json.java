package dev.rocky.testkit.emulator.databricks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON in and out of the emulated API. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static JsonNode parse(String text) {
    try {
      return text.isBlank() ? MAPPER.createObjectNode() : MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + text, e);
    }
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ArrayNode rows(List<List<@Nullable String>> rows) {
    ArrayNode out = MAPPER.createArrayNode();
    for (List<@Nullable String> row : rows) {
      ArrayNode r = out.addArray();
      row.forEach(r::add);
    }
    return out;
  }

  static ObjectNode error(String code, String message) {
    return object().put("error_code", code).put("message", message);
  }
}

package dev.rocky.app.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.app.execute.ExecuteJson;
import dev.rocky.core.port.ArtifactStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one JSON form that is hashed: the value's JSON (records by their {@code @JsonProperty} names,
 * instants as RFC 3339 strings), object keys sorted at every level, null fields left out, no
 * whitespace, UTF-8. Equal values give equal bytes, so the SHA-256 of the bytes names the value.
 */
public final class CanonicalJson {
  private static final ObjectMapper MAPPER = ExecuteJson.mapper();

  private CanonicalJson() {}

  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(canonical(MAPPER.valueToTree(value)));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** The lower-case hex SHA-256 of the canonical bytes: the key the value has in an artifact store. */
  public static String sha256(Object value) {
    return ArtifactStore.keyOf(bytes(value));
  }

  /** Reads canonical (or any) JSON back. */
  public static <T> T read(byte[] json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (String name : names) {
        JsonNode child = node.get(name);
        if (!child.isNull()) {
          out.set(name, canonical(child));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(child -> out.add(canonical(child)));
      return out;
    }
    return node;
  }
}

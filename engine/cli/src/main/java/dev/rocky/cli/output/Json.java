package dev.rocky.cli.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one JSON configuration of the CLI: snake_case property names, nulls omitted (records that
 * want explicit nulls say so with {@code @JsonInclude}), {@code isX()} helpers ignored (payloads are
 * records: their components are the fields), pretty-printed as {@code "key": value} with one array
 * element per line. Built on first use, so commands that print no JSON (such as
 * {@code --version}) never load Jackson.
 */
public final class Json {
  private Json() {}

  private static final class Holder {
    static final ObjectMapper MAPPER = createMapper();
    static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());
  }

  /** The shared, pre-configured mapper. Do not reconfigure it; copy it if you must. */
  public static ObjectMapper mapper() {
    return Holder.MAPPER;
  }

  /**
   * A JSON object whose first two fields are {@code version} (the engine's) and {@code command},
   * followed by the payload's own fields. Payload fields named version or command are dropped.
   *
   * @throws IllegalArgumentException when the payload does not serialize to a JSON object
   */
  public static ObjectNode envelope(String command, Object payload) {
    JsonNode body = mapper().valueToTree(payload);
    if (body == null || body.isNull()) {
      body = mapper().createObjectNode();
    }
    if (!body.isObject()) {
      throw new IllegalArgumentException(
          "payload of '" + command + "' is not a JSON object: " + payload.getClass().getName());
    }
    ObjectNode envelope = mapper().createObjectNode();
    envelope.put("version", RockyVersion.get());
    envelope.put("command", command);
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      if (!field.getKey().equals("version") && !field.getKey().equals("command")) {
        envelope.set(field.getKey(), field.getValue());
      }
    }
    return envelope;
  }

  /** Pretty-printed text of a JSON tree (no trailing newline). */
  public static String pretty(JsonNode node) {
    try {
      return Holder.WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectMapper createMapper() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // Payloads are records; derived helpers such as Diagnostic.isError() are not fields.
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .build();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}

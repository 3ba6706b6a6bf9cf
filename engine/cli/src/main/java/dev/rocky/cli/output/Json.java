package dev.rocky.cli.output;

import dev.rocky.core.RockyVersion;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The one JSON configuration of the CLI: snake_case property names, nulls omitted (records that
 * want explicit nulls say so with {@code @JsonInclude}), {@code isX()} helpers ignored (payloads are
 * records: their components are the fields), pretty-printed as {@code "key": value} with one array
 * element per line. Built on first use, so commands that print no JSON (such as {@code --version})
 * never load Jackson.
 */
public final class Json {
  private static final Set<String> ENVELOPE_FIELDS = Set.of("version", "command");

  private Json() {}

  private static final class Holder {
    static final ObjectMapper MAPPER = createMapper();
  }

  /** What streaming needs, without the mapper: a {@link JsonPayload} never loads data binding. */
  private static final class Streaming {
    static final JsonFactory FACTORY = new JsonFactory();
    static final DefaultPrettyPrinter PRETTY = prettyPrinter();
  }

  /** The shared, pre-configured mapper. Do not reconfigure it; copy it if you must. */
  public static ObjectMapper mapper() {
    return Holder.MAPPER;
  }

  /**
   * The text of a JSON object whose first two fields are {@code version} (the engine's) and
   * {@code command}, followed by the payload's own fields (no trailing newline). Payload fields
   * named version or command are dropped. A {@link JsonPayload} writes its own fields; records and
   * maps are streamed straight out by data binding; anything else goes through a tree, which is
   * slower to start (it loads Jackson's parser and BigDecimal).
   *
   * @throws IllegalArgumentException when the payload does not serialize to a JSON object
   */
  public static String envelope(String command, Object payload) {
    StringWriter text = new StringWriter();
    writeEnvelope(text, command, payload);
    return text.toString();
  }

  /**
   * Streams the {@link #envelope} of a payload to {@code out} as it is serialized, without holding
   * the whole text (a 10,000-model compile prints about 19 MB). Does not close or flush {@code out}.
   */
  public static void writeEnvelope(Writer out, String command, Object payload) {
    JsonFactory factory = payload instanceof JsonPayload ? Streaming.FACTORY : mapper().getFactory();
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(Streaming.PRETTY.createInstance());
      g.writeStartObject();
      g.writeStringField("version", RockyVersion.get());
      g.writeStringField("command", command);
      writeFields(g, command, payload);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeFields(JsonGenerator g, String command, Object payload) throws IOException {
    if (payload instanceof JsonPayload own) {
      own.writeFields(g);
      return;
    }
    if (payload instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String name = String.valueOf(entry.getKey());
        if (!ENVELOPE_FIELDS.contains(name) && entry.getValue() != null) {
          g.writeFieldName(name);
          mapper().writeValue(g, entry.getValue());
        }
      }
      return;
    }
    SerializerProvider provider = mapper().getSerializerProviderInstance();
    JsonSerializer<Object> serializer = provider.findTypedValueSerializer(payload.getClass(), true, null);
    if (serializer instanceof BeanSerializerBase bean && !declaresEnvelopeField(bean)) {
      bean.unwrappingSerializer(NameTransformer.NOP).serialize(payload, g, provider);
      return;
    }
    JsonNode tree = mapper().valueToTree(payload);
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("payload of '" + command + "' is not a JSON object: " + payload.getClass().getName());
    }
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      if (!ENVELOPE_FIELDS.contains(field.getKey())) {
        g.writeFieldName(field.getKey());
        mapper().writeTree(g, field.getValue());
      }
    }
  }

  private static boolean declaresEnvelopeField(BeanSerializerBase bean) {
    for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
      if (ENVELOPE_FIELDS.contains(it.next().getName())) {
        return true;
      }
    }
    return false;
  }

  static ObjectMapper createMapper() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        // Payloads are records; derived helpers such as Diagnostic.isError() are not fields.
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        // Run records carry Instants: RFC 3339 text, as Rocky writes them.
        .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("rocky-instants")
            .addSerializer(java.time.Instant.class, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance))
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

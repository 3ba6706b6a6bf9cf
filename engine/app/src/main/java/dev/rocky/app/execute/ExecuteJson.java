package dev.rocky.app.execute;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * The JSON of execute payloads ({@link ExecuteRequest} in, {@link ModelResult} out): the records'
 * snake_case names, instants as RFC 3339 strings, unknown fields ignored.
 */
public final class ExecuteJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new SimpleModule("rocky-instants")
          .addSerializer(Instant.class, new InstantSerializer())
          .addDeserializer(Instant.class, new InstantDeserializer()))
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ExecuteJson() {}

  /** A mapper configured as above; configure copies of it, never it. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  private static final class InstantSerializer extends StdSerializer<Instant> {
    InstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  private static final class InstantDeserializer extends StdDeserializer<Instant> {
    InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      try {
        return Instant.parse(p.getValueAsString());
      } catch (RuntimeException e) {
        throw ctx.weirdStringException(p.getText(), Instant.class, e.getMessage());
      }
    }
  }
}

package dev.rocky.store.aws;

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
import dev.rocky.core.error.RockyException;
import dev.rocky.core.state.StoreErrorCode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The JSON of values kept in DynamoDB items: the records' own (Rocky's) field names, instants as
 * RFC 3339 strings, unknown fields ignored, exactly as the local state file keeps them.
 */
final class ItemJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(instants())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ItemJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static <T> T read(String json, Class<T> type, String where) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw corrupt(type, where, e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw corrupt(type, where, e.getMessage(), e);
    }
  }

  private static RockyException corrupt(Class<?> type, String where, String why, Exception cause) {
    return new RockyException(StoreErrorCode.STATE_CORRUPT,
        "unreadable " + type.getSimpleName() + " in " + where + ": " + why, cause);
  }

  private static SimpleModule instants() {
    SimpleModule module = new SimpleModule("rocky-instants");
    module.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
      @Override
      public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toString());
      }
    });
    module.addDeserializer(Instant.class, new StdDeserializer<>(Instant.class) {
      @Override
      public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String text = p.getValueAsString();
        try {
          return Instant.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
          return (Instant) ctx.handleWeirdStringValue(Instant.class, text, "not an RFC 3339 instant");
        }
      }
    });
    return module;
  }
}

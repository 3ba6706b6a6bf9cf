package dev.rocky.store.local;

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
 * The JSON of stored values: the records' own (Rocky's) field names, instants as RFC 3339 strings,
 * unknown fields ignored so that a newer Rocky's records still read.
 */
final class StateJson {
  private final ObjectMapper mapper = new ObjectMapper()
      .registerModule(instants())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final String file;

  StateJson(String file) {
    this.file = file;
  }

  String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw corrupt(type, e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw corrupt(type, e.getMessage(), e);
    }
  }

  private RockyException corrupt(Class<?> type, String why, Exception cause) {
    return new RockyException(StoreErrorCode.STATE_CORRUPT,
        "unreadable " + type.getSimpleName() + " in the state file " + file + ": " + why, cause);
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

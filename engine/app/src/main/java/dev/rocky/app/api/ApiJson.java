package dev.rocky.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The API's JSON: the CLI's conventions (snake_case, nulls omitted, {@code isX()} helpers ignored,
 * instants as RFC 3339 text), compact. Request bodies are read strictly: an unknown field is an error.
 */
public final class ApiJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .addModule(new SimpleModule("rocky-instants").addSerializer(Instant.class, ToStringSerializer.instance))
      .build();

  private ApiJson() {}

  /** The shared mapper; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads a request body.
   *
   * @throws ApiException ({@code request_invalid}) when it is not JSON of {@code type}'s shape
   */
  public static <T> T read(byte[] body, Class<T> type, String hint) {
    if (body.length == 0) {
      throw new ApiException(ApiErrorCode.REQUEST_INVALID, "the request has no body", hint);
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw new ApiException(ApiErrorCode.REQUEST_INVALID, "the body is null", hint);
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw new ApiException(ApiErrorCode.REQUEST_INVALID, "unknown field '" + e.getPropertyName() + "'", hint);
    } catch (IOException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
      String why = cause instanceof JsonProcessingException p ? p.getOriginalMessage() : cause.getMessage();
      throw new ApiException(ApiErrorCode.REQUEST_INVALID, "the body is not a valid request: " + why, hint);
    }
  }
}

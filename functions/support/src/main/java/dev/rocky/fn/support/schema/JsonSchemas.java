package dev.rocky.fn.support.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Derives a JSON Schema (draft 2020-12) from a payload record, the way the functions' JSON mapper
 * reads and writes it: a component is a property named by its {@code @JsonProperty} (or its
 * snake_case name); it is required unless it is {@code @Nullable} (or, in a request, a primitive,
 * which the reader defaults); a nullable one also admits {@code null}. Nested records become nested objects, enums the list of
 * their wire names, instants RFC 3339 strings. A test compares the result with the schema checked
 * in, so the records and the documented contract cannot drift apart.
 */
public final class JsonSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

  private JsonSchemas() {}

  /** The schema of a request record: primitives may be left out. */
  public static ObjectNode request(Class<? extends Record> type, String description) {
    return of(type, description, false);
  }

  /** The schema of a response record: every non-nullable component is always there. */
  public static ObjectNode response(Class<? extends Record> type, String description) {
    return of(type, description, true);
  }

  private static ObjectNode of(Class<? extends Record> type, String description, boolean primitivesRequired) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", type.getSimpleName());
    schema.put("description", description);
    schema.setAll(new JsonSchemas.Builder(primitivesRequired).object(type));
    return schema;
  }

  /** Builds one schema; remembers whether primitives are required. */
  private record Builder(boolean primitivesRequired) {

    private ObjectNode object(Class<?> record) {
      ObjectNode node = NODES.objectNode();
      node.put("type", "object");
      ObjectNode properties = node.putObject("properties");
      ArrayNode required = NODES.arrayNode();
      for (RecordComponent c : record.getRecordComponents()) {
        JsonProperty named = c.getAnnotation(JsonProperty.class);
        String name = named != null && !named.value().isEmpty() ? named.value() : SNAKE.translate(c.getName());
        boolean nullable = isNullable(c.getAnnotatedType());
        ObjectNode property = schema(c.getGenericType());
        if (nullable) {
          property.set("type", NODES.arrayNode().add(property.get("type").asText()).add("null"));
        }
        properties.set(name, property);
        if (!nullable && (primitivesRequired || !c.getType().isPrimitive())) {
          required.add(name);
        }
      }
      if (!required.isEmpty()) {
        node.set("required", required);
      }
      return node;
    }

    private ObjectNode schema(Type type) {
      if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
        if (List.class.isAssignableFrom(raw)) {
          ObjectNode node = typed("array");
          node.set("items", schema(p.getActualTypeArguments()[0]));
          return node;
        }
        if (Map.class.isAssignableFrom(raw)) {
          ObjectNode node = typed("object");
          node.set("additionalProperties", schema(p.getActualTypeArguments()[1]));
          return node;
        }
      }
      if (!(type instanceof Class<?> c)) {
        throw new IllegalArgumentException("no schema for " + type);
      }
      if (c == String.class) {
        return typed("string");
      }
      if (c == boolean.class || c == Boolean.class) {
        return typed("boolean");
      }
      if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
        return typed("integer");
      }
      if (c == double.class || c == Double.class || c == Number.class) {
        return typed("number");
      }
      if (c == Instant.class) {
        return typed("string").put("format", "date-time");
      }
      if (c.isEnum()) {
        ObjectNode node = typed("string");
        ArrayNode values = node.putArray("enum");
        for (Object constant : c.getEnumConstants()) {
          values.add(wireName((Enum<?>) constant));
        }
        return node;
      }
      if (c.isRecord()) {
        return object(c);
      }
      throw new IllegalArgumentException("no schema for " + c.getName());
    }
  }

  private static ObjectNode typed(String type) {
    return NODES.objectNode().put("type", type);
  }

  private static boolean isNullable(AnnotatedType type) {
    return type.isAnnotationPresent(Nullable.class);
  }

  private static String wireName(Enum<?> constant) {
    try {
      JsonProperty named = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
      if (named != null) {
        return named.value();
      }
      for (Method m : constant.getDeclaringClass().getMethods()) {
        if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
          return String.valueOf(m.invoke(constant));
        }
      }
      return constant.name();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}

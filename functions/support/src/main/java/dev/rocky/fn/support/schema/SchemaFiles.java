package dev.rocky.fn.support.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The checked-in schemas of a function module, under {@code src/main/resources/schema/}. A drift
 * test calls {@link #drift}; run it with {@code -Dschema.update=true} to rewrite the files instead.
 */
public final class SchemaFiles {
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SchemaFiles() {}

  public static String text(ObjectNode schema) {
    try {
      return PRETTY.writeValueAsString(schema).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Compares {@code schema} with {@code src/main/resources/schema/<name>.schema.json} of the module
   * in {@code moduleDir}; returns a description of the difference, or empty when they agree (or
   * when the file was just rewritten because {@code schema.update} is set).
   */
  public static Optional<String> drift(Path moduleDir, String name, ObjectNode schema) {
    Path file = moduleDir.resolve("src/main/resources/schema").resolve(name + ".schema.json");
    String expected = text(schema);
    try {
      if (Boolean.getBoolean("schema.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, expected, StandardCharsets.UTF_8);
        return Optional.empty();
      }
      if (!Files.exists(file)) {
        return Optional.of(file + " is missing; create it with -Dschema.update=true");
      }
      String actual = Files.readString(file, StandardCharsets.UTF_8);
      return actual.equals(expected) ? Optional.empty() : Optional.of(file
          + " differs from the records; review the change and rewrite it with -Dschema.update=true. Expected:\n" + expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

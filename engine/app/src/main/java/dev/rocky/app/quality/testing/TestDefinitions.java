package dev.rocky.app.quality.testing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.planner.quality.QualityErrorCode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code models/test_definitions.toml}: named assertions ({@code [name]} with {@code type} and its
 * parameters) that sidecars reuse with {@code [[use_test]] name = "..."}.
 */
public final class TestDefinitions {
  public static final String FILE = "test_definitions.toml";

  private TestDefinitions() {}

  /** The definitions by name; empty when the file does not exist. */
  public static Map<String, Map<String, Object>> load(ProjectSource source, String modelsDir) {
    String path = (modelsDir.isEmpty() ? "" : modelsDir + "/") + FILE;
    if (!source.isFile(path)) {
      return Map.of();
    }
    try {
      Map<String, Object> raw = new TomlMapper().readValue(source.read(path), new com.fasterxml.jackson.core.type.TypeReference<>() {});
      Map<String, Map<String, Object>> out = new LinkedHashMap<>();
      raw.forEach((name, value) -> {
        if (!(value instanceof Map<?, ?> m)) {
          throw new RockyException(QualityErrorCode.QUALITY_INVALID_CONFIG,
              path + ": '" + name + "' must be a table such as [" + name + "] with type = \"...\"");
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        m.forEach((k, v) -> definition.put(String.valueOf(k), v));
        out.put(name, definition);
      });
      return out;
    } catch (JacksonException e) {
      throw new RockyException(QualityErrorCode.QUALITY_INVALID_CONFIG, path + " is not valid TOML: "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new RockyException(QualityErrorCode.QUALITY_INVALID_CONFIG, "cannot read " + path + ": " + e.getMessage());
    }
  }
}

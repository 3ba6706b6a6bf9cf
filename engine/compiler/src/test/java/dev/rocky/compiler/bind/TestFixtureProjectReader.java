package dev.rocky.compiler.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.TypeNames;
import dev.rocky.core.types.TypedColumn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * TEST-ONLY stand-in for the project loader (being written in another package): reads a fixture
 * project's {@code models/*.sql} (each becomes a {@link Model} with {@link ModelConfig#defaults}) and
 * {@code sources/*.toml} ({@code [[table]]} with schema, name and typed columns). Replace with the
 * real loader once it lands; nothing outside the tests depends on this class.
 */
final class TestFixtureProjectReader {
  private TestFixtureProjectReader() {}

  record FixtureProject(Path root, List<Model> models, List<SourceTable> sources) {}

  /** The fixture's directory: from the testkit on the classpath, else from the source tree. */
  static Path locate(String name) {
    URL url = TestFixtureProjectReader.class.getClassLoader().getResource("projects/" + name);
    if (url != null && "file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    Path source = Path.of("..", "testkit", "src", "main", "resources", "projects", name);
    if (Files.isDirectory(source)) {
      return source;
    }
    throw new IllegalStateException("fixture project not found: " + name);
  }

  static FixtureProject read(String name) {
    Path root = locate(name);
    try {
      List<Model> models = new ArrayList<>();
      try (Stream<Path> files = Files.list(root.resolve("models"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
          String stem = f.getFileName().toString().replaceFirst("\\.sql$", "");
          models.add(new Model(stem, "models/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8), null,
              ModelConfig.defaults(stem)));
        }
      }
      List<SourceTable> sources = new ArrayList<>();
      Path dir = root.resolve("sources");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".toml")).sorted().toList()) {
            sources.addAll(readSources(f, "sources/" + f.getFileName()));
          }
        }
      }
      return new FixtureProject(root, models, sources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<SourceTable> readSources(Path file, String relative) throws IOException {
    JsonNode doc = new TomlMapper().readTree(file.toFile());
    List<SourceTable> out = new ArrayList<>();
    for (JsonNode t : doc.path("table")) {
      List<TypedColumn> columns = new ArrayList<>();
      for (JsonNode c : t.path("columns")) {
        columns.add(new TypedColumn(c.path("name").asText(), TypeNames.fromSql(c.path("type").asText()),
            c.path("nullable").asBoolean(true)));
      }
      String catalog = t.hasNonNull("catalog") ? t.get("catalog").asText() : null;
      out.add(new SourceTable(catalog, t.path("schema").asText(), t.path("name").asText(), columns, relative, 0));
    }
    return out;
  }
}

package dev.rocky.fn.compile.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A project's files zipped, as CI would before uploading a snapshot. */
public final class ProjectZips {
  private ProjectZips() {}

  public static byte[] of(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A {@code rocky.toml}: one transformation pipeline of {@code models/**} on DuckDB, then {@code more}. */
  public static String rockyToml(String pipeline, String more) {
    String toml = """
        [adapter.local]
        type = "duckdb"

        [pipeline.%1$s]
        type = "transformation"
        models = "models/**"

        [pipeline.%1$s.target]
        adapter = "local"
        """.formatted(pipeline);
    return more.isEmpty() ? toml : toml + "\n" + more;
  }

  /** A model's TOML: its name, its table in {@code warehouse.main}, then {@code more} (sections of its own). */
  public static String model(String name, String more) {
    String toml = "name = \"" + name + "\"\n\n[target]\ncatalog = \"warehouse\"\nschema = \"main\"\ntable = \"" + name + "\"\n";
    return more.isEmpty() ? toml : toml + "\n" + more;
  }
}

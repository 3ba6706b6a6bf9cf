package dev.rocky.fn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Snapshots in every shape CI makes them: zip, tar, tar.gz, with or without a top directory. */
class ProjectArchiveTest {
  private static final Map<String, String> PROJECT = new LinkedHashMap<>();

  static {
    PROJECT.put("rocky.toml", "[adapter.local]\ntype = \"duckdb\"\n");
    PROJECT.put("models/stg_orders.sql", "SELECT 1 AS id");
  }

  static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Map<String, String> texts(Map<String, byte[]> files) {
    Map<String, String> out = new LinkedHashMap<>();
    files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
    return out;
  }

  @Test
  void aZipIsReadWhole() throws IOException {
    assertThat(texts(ProjectArchive.read(zip(PROJECT)))).isEqualTo(PROJECT);
  }

  @Test
  void aGitArchiveTarGzWithAPrefixIsReadFromItsTopDirectory() throws IOException {
    String deep = "models/" + "nested/".repeat(15) + "deep_model.sql";
    byte[] tar = new TarWriter().globalComment("3f9e2a1c0b").directory("shop/").directory("shop/models/")
        .file("shop/rocky.toml", PROJECT.get("rocky.toml")).file("shop/" + deep, "SELECT 2").bytes();
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(tar);
    }

    Map<String, String> files = texts(ProjectArchive.read(gz.toByteArray()));

    assertThat(files).containsOnlyKeys("rocky.toml", deep);
    assertThat(texts(ProjectArchive.read(tar))).isEqualTo(files);
  }

  @Test
  void pathsOutsideTheProjectAndOtherBytesAreRefused() throws IOException {
    assertThatThrownBy(() -> ProjectArchive.read(zip(Map.of("../etc/passwd", "x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the project");
    assertThatThrownBy(() -> ProjectArchive.read("hello".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a zip, tar or tar.gz");
  }

  @Test
  void theSourceListsAndReadsLikeADirectory() throws IOException {
    ArchiveProjectSource source = ArchiveProjectSource.of("s3://bucket/snap.zip", zip(PROJECT));

    assertThat(source.isFile("rocky.toml")).isTrue();
    assertThat(source.isDirectory("models")).isTrue();
    assertThat(source.isDirectory("")).isTrue();
    assertThat(source.isDirectory("mod")).isFalse();
    assertThat(source.listFiles("models")).containsExactly("models/stg_orders.sql");
    assertThat(source.read("models/stg_orders.sql")).isEqualTo("SELECT 1 AS id");
    assertThatThrownBy(() -> source.read("nope.sql")).isInstanceOf(java.nio.file.NoSuchFileException.class);
  }
}

package dev.rocky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFloorTest {
  @TempDir Path dir;

  @Test
  void lexesModelFilesAndReadsTheRestButNotTheCache() throws IOException {
    Files.createDirectories(dir.resolve("models"));
    Files.createDirectories(dir.resolve(".rocky"));
    // SELECT, a, ',', 'x''s' (two strings), AS, "b c", FROM, t, --c, /* d */, 42.5, ';'  = 13 tokens
    Files.writeString(dir.resolve("models/m.sql"), "SELECT a, 'x''s' AS \"b c\"\nFROM t -- c\n/* d */ 42.5;\n");
    Files.writeString(dir.resolve("rocky.toml"), "[pipeline.main]\n");
    Files.writeString(dir.resolve(".rocky/cache.bin"), "ignored");

    ReadFloor.Pass pass = ReadFloor.measure(dir.toFile());

    assertThat(pass.files()).isEqualTo(2);
    assertThat(pass.bytes()).isEqualTo(Files.size(dir.resolve("models/m.sql")) + Files.size(dir.resolve("rocky.toml")));
    assertThat(pass.tokens()).isEqualTo(13);
  }

  @Test
  void aModelLargerThanTheBufferIsLexedWhole() throws IOException {
    Files.writeString(dir.resolve("big.sql"), "x ".repeat(100_000));

    assertThat(ReadFloor.measure(dir.toFile()).tokens()).isEqualTo(100_000);
  }

  @Test
  void theChecksumFollowsTheTokens() throws IOException {
    Files.writeString(dir.resolve("a.sql"), "SELECT 1");
    long one = ReadFloor.measure(dir.toFile()).checksum();
    Files.writeString(dir.resolve("a.sql"), "SELECT 12");

    assertThat(ReadFloor.measure(dir.toFile()).checksum()).isNotEqualTo(one);
  }
}

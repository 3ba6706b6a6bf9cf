package dev.rocky.store.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCacheStoreTest {
  @TempDir Path dir;

  @Test
  void roundTripsAndOverwritesEntries() {
    DirectoryCacheStore store = new DirectoryCacheStore(dir.resolve(".rocky/cache"));
    assertThat(store.get("compile.bin")).isEmpty();
    store.put("compile.bin", "one".getBytes(StandardCharsets.UTF_8));
    store.put("compile.bin", "two".getBytes(StandardCharsets.UTF_8));
    assertThat(store.get("compile.bin")).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("two"));
  }

  @Test
  void anUnwritableDirectoryIsAMissNotAnError() throws Exception {
    Path file = dir.resolve("not-a-dir");
    Files.writeString(file, "x");
    DirectoryCacheStore store = new DirectoryCacheStore(file);
    store.put("k", new byte[] {1});
    assertThat(store.get("k")).isEmpty();
  }

  @Test
  void rejectsKeysThatCouldEscapeTheDirectory() {
    assertThatThrownBy(() -> new DirectoryCacheStore(dir).get("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
  }
}

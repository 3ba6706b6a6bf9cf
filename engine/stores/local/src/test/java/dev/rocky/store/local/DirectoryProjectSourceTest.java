package dev.rocky.store.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.rocky.testkit.InMemoryProjectSource;
import dev.rocky.testkit.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryProjectSourceTest {
  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void listsFilesRecursivelySortedWithSlashes() throws IOException {
    write("models/b.sql", "b");
    write("models/a/z.sql", "z");
    write("models/a.sql", "a");
    write("models/a/deep/er/x.sql", "x");
    write("rocky.toml", "");
    DirectoryProjectSource source = new DirectoryProjectSource(dir);
    assertThat(source.listFiles("models")).containsExactly(
        "models/a.sql", "models/a/deep/er/x.sql", "models/a/z.sql", "models/b.sql");
    assertThat(source.listFiles("")).contains("rocky.toml", "models/b.sql").isSorted();
  }

  @Test
  void aFileVersionChangesWithItsContentAndNotOtherwise() throws IOException {
    write("models/a.sql", "select 1");
    DirectoryProjectSource listed = new DirectoryProjectSource(dir);
    listed.listFiles("models");
    String v1 = listed.version("models/a.sql");
    assertThat(v1).isNotNull().isEqualTo(new DirectoryProjectSource(dir).version("models/a.sql"));
    write("models/a.sql", "select 22");
    Files.setLastModifiedTime(dir.resolve("models/a.sql"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertThat(new DirectoryProjectSource(dir).version("models/a.sql")).isNotNull().isNotEqualTo(v1);
    assertThat(new DirectoryProjectSource(dir).version("models/none.sql")).isNull();
    assertThat(new DirectoryProjectSource(dir).version("../outside.sql")).isNull();
    assertThat(new DirectoryProjectSource(dir).version("models")).isNull();
  }

  @Test
  void answersFileAndDirectoryQuestions() throws IOException {
    write("models/a.sql", "SELECT 'é'");
    DirectoryProjectSource source = new DirectoryProjectSource(dir);
    assertThat(source.root()).isEqualTo(dir.toAbsolutePath().normalize().toString());
    assertThat(source.isFile("models/a.sql")).isTrue();
    assertThat(source.isFile("models")).isFalse();
    assertThat(source.isDirectory("models")).isTrue();
    assertThat(source.isDirectory("")).isTrue();
    assertThat(source.isDirectory("missing")).isFalse();
    assertThat(source.read("models/a.sql")).isEqualTo("SELECT 'é'");
    assertThat(source.listFiles("missing")).isEmpty();
    assertThatThrownBy(() -> source.read("models/none.sql")).isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> source.listFiles("models/a.sql")).isInstanceOf(IOException.class);
  }

  @Test
  void pathsOutsideTheRootAreAbsent() throws IOException {
    write("inside/rocky.toml", "x");
    write("secret.txt", "s");
    DirectoryProjectSource source = new DirectoryProjectSource(dir.resolve("inside"));
    assertThat(source.isFile("../secret.txt")).isFalse();
    assertThatThrownBy(() -> source.read("../secret.txt")).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void followsSymlinksAndSkipsLoopsAndDanglingLinks() throws IOException {
    write("project/models/a.sql", "a");
    write("shared/common.sql", "c");
    Path models = dir.resolve("project/models");
    Files.createSymbolicLink(models.resolve("shared"), dir.resolve("shared"));
    Files.createSymbolicLink(models.resolve("loop"), models);
    Files.createSymbolicLink(models.resolve("gone.sql"), dir.resolve("nowhere.sql"));
    DirectoryProjectSource source = new DirectoryProjectSource(dir.resolve("project"));
    assertThat(source.listFiles("models")).containsExactly("models/a.sql", "models/shared/common.sql");
    assertThat(source.read("models/shared/common.sql")).isEqualTo("c");
  }

  @Test
  void unreadableDirectoryIsAnIOException() throws IOException {
    write("models/a/x.sql", "x");
    Path locked = dir.resolve("models/a");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");
      DirectoryProjectSource source = new DirectoryProjectSource(dir);
      assertThatThrownBy(() -> source.listFiles("models")).isInstanceOf(IOException.class);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void seesTheSameProjectAsTheInMemoryFake() throws IOException {
    TestProjects.copyTo(TestProjects.SHOP, dir);
    DirectoryProjectSource disk = new DirectoryProjectSource(dir);
    InMemoryProjectSource memory = TestProjects.open(TestProjects.SHOP);
    for (String d : List.of("", "models", "models/marts", "sources", "seeds")) {
      assertThat(disk.listFiles(d)).as(d).isEqualTo(memory.listFiles(d));
    }
    List<String> mismatched = new ArrayList<>();
    for (String f : memory.listFiles("")) {
      if (!disk.read(f).equals(memory.read(f)) || !disk.isFile(f)) {
        mismatched.add(f);
      }
    }
    assertThat(mismatched).isEmpty();
    assertThat(disk.isDirectory("models/staging")).isEqualTo(memory.isDirectory("models/staging")).isTrue();
  }
}

package dev.rocky.compiler.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.port.CacheStore;
import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SourceTextsTest {

  /** Files with explicit versions, counting reads. */
  static final class Files implements ProjectSource {
    final Map<String, String> texts = new HashMap<>();
    final Map<String, String> versions = new HashMap<>();
    final List<String> reads = new ArrayList<>();

    Files put(String path, String text, String version) {
      texts.put(path, text);
      versions.put(path, version);
      return this;
    }

    @Override
    public String root() {
      return "/p";
    }

    @Override
    public boolean isFile(String path) {
      return texts.containsKey(path);
    }

    @Override
    public boolean isDirectory(String path) {
      return false;
    }

    @Override
    public List<String> listFiles(String dir) {
      return List.copyOf(texts.keySet());
    }

    @Override
    public String read(String path) throws IOException {
      reads.add(path);
      String t = texts.get(path);
      if (t == null) {
        throw new IOException("no " + path);
      }
      return t;
    }

    @Override
    public @Nullable String version(String path) {
      return versions.get(path);
    }
  }

  static final class Store implements CacheStore {
    final Map<String, byte[]> blobs = new HashMap<>();

    @Override
    public Optional<byte[]> get(String key) {
      return Optional.ofNullable(blobs.get(key));
    }

    @Override
    public void put(String key, byte[] bytes) {
      blobs.put(key, bytes);
    }
  }

  private static List<String> readAll(Store store, Files files, String... paths) throws IOException {
    SourceTexts texts = SourceTexts.read(store);
    ProjectSource source = texts.over(files);
    List<String> out = new ArrayList<>();
    for (String p : paths) {
      out.add(source.read(p));
    }
    if (texts.changed()) {
      texts.write(store);
    }
    return out;
  }

  @Test
  void unchangedFilesAreServedFromTheKeptTexts() throws IOException {
    Store store = new Store();
    Files files = new Files().put("a.sql", "select 1", "v1").put("b.sql", "select 2", "v1");
    assertThat(readAll(store, files, "a.sql", "b.sql")).containsExactly("select 1", "select 2");
    assertThat(files.reads).containsExactly("a.sql", "b.sql");

    files.reads.clear();
    assertThat(readAll(store, files, "a.sql", "b.sql")).containsExactly("select 1", "select 2");
    assertThat(files.reads).isEmpty();

    files.put("b.sql", "select 22", "v2");
    files.reads.clear();
    assertThat(readAll(store, files, "a.sql", "b.sql")).containsExactly("select 1", "select 22");
    assertThat(files.reads).containsExactly("b.sql");

    // One edited file does not rewrite the blob (b.sql is read again); a new file does, copying
    // a.sql's record and writing b.sql's and c.sql's anew: all read back.
    files.put("c.sql", "select 3", "v1");
    files.reads.clear();
    assertThat(readAll(store, files, "a.sql", "b.sql", "c.sql")).containsExactly("select 1", "select 22", "select 3");
    assertThat(files.reads).containsExactly("b.sql", "c.sql");
    files.reads.clear();
    assertThat(readAll(store, files, "c.sql", "a.sql", "b.sql")).containsExactly("select 3", "select 1", "select 22");
    assertThat(files.reads).isEmpty();
  }

  @Test
  void aFewEditedFilesAreReadFromDiskUntilEnoughChangedToRewriteTheBlob() throws IOException {
    Store store = new Store();
    Files files = new Files();
    String[] paths = new String[SourceTexts.STALE_FILES + 2];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = "m" + i + ".sql";
      files.put(paths[i], "select " + i, "v1");
    }
    readAll(store, files, paths);
    byte[] written = store.blobs.get(SourceTexts.KEY);

    files.put("m0.sql", "select 'edited'", "v2");
    files.reads.clear();
    assertThat(readAll(store, files, paths).get(0)).isEqualTo("select 'edited'");
    assertThat(store.blobs.get(SourceTexts.KEY)).isSameAs(written); // one stale file: not rewritten
    files.reads.clear();
    assertThat(readAll(store, files, paths).get(0)).isEqualTo("select 'edited'");
    assertThat(files.reads).containsExactly("m0.sql");

    for (int i = 0; i <= SourceTexts.STALE_FILES; i++) {
      files.put(paths[i], "select " + i + " -- edited", "v3");
    }
    files.reads.clear();
    assertThat(readAll(store, files, paths).get(1)).isEqualTo("select 1 -- edited");
    assertThat(store.blobs.get(SourceTexts.KEY)).isNotSameAs(written);
    files.reads.clear();
    List<String> again = readAll(store, files, paths);
    assertThat(files.reads).isEmpty();
    assertThat(again.get(SourceTexts.STALE_FILES)).isEqualTo("select " + SourceTexts.STALE_FILES + " -- edited");
    assertThat(again.get(SourceTexts.STALE_FILES + 1)).isEqualTo("select " + (SourceTexts.STALE_FILES + 1));
  }

  @Test
  void filesWithoutAVersionAreAlwaysRead() throws IOException {
    Store store = new Store();
    Files files = new Files().put("a.sql", "select 1", "v1");
    files.texts.put("b.sql", "select 2");
    readAll(store, files, "a.sql", "b.sql");
    files.reads.clear();
    readAll(store, files, "a.sql", "b.sql");
    assertThat(files.reads).containsExactly("b.sql");
  }

  @Test
  void aDamagedBlobIsIgnored() throws IOException {
    Store store = new Store();
    Files files = new Files().put("a.sql", "select 1", "v1");
    readAll(store, files, "a.sql");
    byte[] blob = store.blobs.get(SourceTexts.KEY);
    blob[blob.length / 2] ^= 1;
    files.reads.clear();
    assertThat(readAll(store, files, "a.sql")).containsExactly("select 1");
    assertThat(files.reads).containsExactly("a.sql");
  }
}

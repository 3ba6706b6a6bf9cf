package dev.rocky.store.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.testkit.contract.ArtifactStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileArtifactStoreTest extends ArtifactStoreContract {
  @TempDir Path project;

  @Override
  protected ArtifactStore newStore() {
    return FileArtifactStore.forProject(project);
  }

  @Override
  protected void corrupt(ArtifactStore store, String key, byte[] bytes) {
    try {
      Files.write(((FileArtifactStore) store).directory().resolve(key), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void artifactsAreFilesNamedByTheirHashUnderDotRocky() throws IOException {
    String key = store.put("abc".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.readString(project.resolve(".rocky/artifacts").resolve(key))).isEqualTo("abc");
    try (var files = Files.list(project.resolve(".rocky/artifacts"))) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void aPutRepairsACorruptCopy() {
    String key = store.put("abc".getBytes(StandardCharsets.UTF_8));
    corrupt(store, key, "abd".getBytes(StandardCharsets.UTF_8));

    store.put("abc".getBytes(StandardCharsets.UTF_8));

    assertThat(store.get(key)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("abc"));
  }

  @Test
  void aSyncKeepsEveryArtifactWrittenSinceTheLastAndToleratesOnesRemovedMeanwhile() throws IOException {
    String kept = store.put("kept".getBytes(StandardCharsets.UTF_8));
    String removed = store.put("removed".getBytes(StandardCharsets.UTF_8));
    Files.delete(project.resolve(".rocky/artifacts").resolve(removed));

    store.sync();
    store.sync();

    assertThat(store.get(kept)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("kept"));
    assertThat(store.get(removed)).isEmpty();
  }

  @Test
  void anArtifactTornBeforeItsSyncIsReportedAndRewrittenByTheNextPut() throws IOException {
    String key = store.put("abc".getBytes(StandardCharsets.UTF_8));
    Files.write(project.resolve(".rocky/artifacts").resolve(key), new byte[0]);

    assertThatThrownBy(() -> store.get(key)).isInstanceOf(RockyException.class).hasMessageContaining("is corrupt");
    store.put("abc".getBytes(StandardCharsets.UTF_8));
    store.sync();
    assertThat(store.get(key)).isPresent();
  }
}

package dev.rocky.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.state.StoreErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ArtifactStore} does: SHA-256 keys, idempotent puts, and gets that verify. */
public abstract class ArtifactStoreContract {
  private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  protected ArtifactStore store;

  protected abstract ArtifactStore newStore();

  /** Replaces what {@code store} holds under {@code key} with {@code bytes}, keeping the key. */
  protected abstract void corrupt(ArtifactStore store, String key, byte[] bytes);

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @Test
  void theKeyIsTheSha256OfTheBytes() {
    assertThat(store.put(bytes("abc"))).isEqualTo(ABC_SHA256);
    assertThat(store.put(new byte[0])).isEqualTo(EMPTY_SHA256);
    assertThat(ArtifactStore.keyOf(bytes("abc"))).isEqualTo(ABC_SHA256);
  }

  @Test
  void whatIsPutIsGot() {
    byte[] large = new byte[1 << 20];
    new Random(7).nextBytes(large);
    String key = store.put(large);

    assertThat(store.get(key)).hasValueSatisfying(b -> assertThat(b).isEqualTo(large));
    assertThat(store.get(EMPTY_SHA256)).isEmpty();
    assertThat(store.put(new byte[0])).isEqualTo(EMPTY_SHA256);
    assertThat(store.get(EMPTY_SHA256)).hasValueSatisfying(b -> assertThat(b).isEmpty());
  }

  @Test
  void aPutIsIdempotentAndKeepsItsOwnCopy() {
    byte[] data = bytes("model output");
    String key = store.put(data);
    data[0] = 'X';

    assertThat(store.put(bytes("model output"))).isEqualTo(key);
    assertThat(store.contains(key)).isTrue();
    assertThat(store.get(key)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("model output"));
  }

  @Test
  void whatIsPutIsGotAfterASyncAndASyncWithNothingNewChangesNothing() {
    String key = store.put(bytes("synced"));
    store.sync();
    store.sync();

    assertThat(store.contains(key)).isTrue();
    assertThat(store.get(key)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("synced")));
  }

  @Test
  void anAbsentKeyIsEmptyNotAnError() {
    assertThat(store.contains(ABC_SHA256)).isFalse();
    assertThat(store.get(ABC_SHA256)).isEmpty();
  }

  @Test
  void aGetVerifiesTheBytesAgainstTheKey() {
    String key = store.put(bytes("abc"));
    corrupt(store, key, bytes("abd"));

    assertThatThrownBy(() -> store.get(key))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(StoreErrorCode.ARTIFACT_CORRUPT))
        .hasMessageContaining(key);
  }

  @Test
  void malformedKeysAreRejected() {
    for (String bad : new String[] {"../../etc/passwd", ABC_SHA256.toUpperCase(java.util.Locale.ROOT), "abc", ABC_SHA256 + "0"}) {
      assertThatThrownBy(() -> store.get(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.contains(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

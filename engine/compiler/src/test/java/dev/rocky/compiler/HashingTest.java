package dev.rocky.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.cache.Digest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashingTest {

  private static Digest of(String... parts) {
    Hashing.Hasher h = Hashing.hasher();
    for (String p : parts) {
      h.putString(p);
    }
    return h.digest();
  }

  @Test
  void equalInputsGiveEqualDigestsAndBoundariesCount() {
    assertThat(of("select 1", "m")).isEqualTo(of("select 1", "m"));
    assertThat(of("ab", "c")).isNotEqualTo(of("a", "bc"));
    assertThat(of("")).isNotEqualTo(of());
    assertThat(Hashing.hasher().putBoolean(true).digest()).isNotEqualTo(Hashing.hasher().putBoolean(false).digest());
  }

  @Test
  void smallChangesGiveDifferentDigests() {
    Set<Digest> seen = new HashSet<>();
    String base = "SELECT id, amount FROM raw.orders WHERE amount > ";
    for (int i = 0; i < 20_000; i++) {
      assertThat(seen.add(of(base + i))).isTrue();
    }
    for (int len = 0; len < 40; len++) {
      assertThat(seen.add(of("x".repeat(len) + "\u0000"))).isTrue();
    }
  }
}

package dev.rocky.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  record Doc(@JsonProperty("zeta") String zeta, @JsonProperty("alpha") @Nullable String alpha,
      @JsonProperty("at") Instant at, @JsonProperty("map") Map<String, Integer> map, @JsonProperty("list") List<Integer> list) {}

  @Test
  void sortsKeysAtEveryLevelDropsNullsAndHasNoWhitespace() {
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("b", 2);
    map.put("a", 1);
    Doc doc = new Doc("z", null, Instant.parse("2026-01-02T03:04:05Z"), map, List.of(3, 1, 2));

    assertThat(new String(CanonicalJson.bytes(doc), StandardCharsets.UTF_8))
        .isEqualTo("{\"at\":\"2026-01-02T03:04:05Z\",\"list\":[3,1,2],\"map\":{\"a\":1,\"b\":2},\"zeta\":\"z\"}");
    assertThat(CanonicalJson.sha256(doc)).hasSize(64).isEqualTo(CanonicalJson.sha256(
        new Doc("z", null, Instant.parse("2026-01-02T03:04:05Z"), Map.of("a", 1, "b", 2), List.of(3, 1, 2))));
    assertThat(CanonicalJson.read(CanonicalJson.bytes(doc), Doc.class)).isEqualTo(doc);
  }
}

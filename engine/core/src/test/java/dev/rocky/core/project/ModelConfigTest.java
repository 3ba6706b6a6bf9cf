package dev.rocky.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelConfigTest {

  @Test
  void tagsClassificationAndDescriptionsKeepTheOrderTheyWereGiven() {
    Map<String, String> given = new LinkedHashMap<>();
    for (String key : List.of("zeta", "alpha", "mu", "beta", "omega", "gamma", "kappa", "delta", "pi", "eta", "rho", "chi")) {
      given.put(key, key.toUpperCase());
    }

    ModelConfig config = new ModelConfig(List.of(), null, null, new Strategy.FullRefresh(), new TargetRef(null, null, "m"),
        null, given, given, given, List.of(), List.of(), Map.of());

    assertThat(config.tags().keySet()).containsExactlyElementsOf(given.keySet());
    assertThat(config.classification().keySet()).containsExactlyElementsOf(given.keySet());
    assertThat(config.columnDescriptions().keySet()).containsExactlyElementsOf(given.keySet());
  }

  @Test
  void theCopiesAreUnmodifiableAndRejectNulls() {
    Map<String, String> tags = new HashMap<>(Map.of("team", "core"));
    ModelConfig config = new ModelConfig(List.of(), null, null, new Strategy.FullRefresh(), new TargetRef(null, null, "m"),
        null, Map.of(), tags, Map.of(), List.of(), List.of(), Map.of());
    tags.put("owner", "me");

    assertThat(config.tags()).containsOnlyKeys("team");
    assertThatThrownBy(() -> config.tags().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    tags.put("broken", null);
    assertThatThrownBy(() -> new ModelConfig(List.of(), null, null, new Strategy.FullRefresh(), new TargetRef(null, null, "m"),
        null, Map.of(), tags, Map.of(), List.of(), List.of(), Map.of())).isInstanceOf(NullPointerException.class);
  }
}

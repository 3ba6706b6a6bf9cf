package dev.rocky.bench;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sidecar {@code <model>.toml} files for about a fifth of the models: a {@code [strategy]} (45%
 * merge on the model's key, 40% incremental on its event time, 15% full refresh) and a
 * {@code [target]} schema named after the layer.
 */
final class Sidecars {
  static final double SHARE = 0.20;

  private Sidecars() {}

  static @Nullable String maybe(GeneratedModel model, Dice dice) {
    if (!dice.chance(SHARE)) {
      return null;
    }
    int roll = dice.between(0, 99);
    String strategy;
    if (roll < 45) {
      strategy = merge(model);
    } else if (roll < 85) {
      strategy = "type = \"incremental\"\ntimestamp_column = \"" + timestampColumn(model) + "\"\n";
    } else {
      strategy = "type = \"full_refresh\"\n";
    }
    return "[strategy]\n" + strategy + "\n[target]\nschema = \"" + model.kind().folder() + "\"\n";
  }

  private static String merge(GeneratedModel model) {
    List<String> key = model.has("segment") ? List.of("id", "segment") : List.of("id");
    return "type = \"merge\"\nunique_key = [" + String.join(", ", key.stream().map(k -> "\"" + k + "\"").toList()) + "]\n";
  }

  private static String timestampColumn(GeneratedModel model) {
    if (model.has("updated_at")) {
      return "updated_at";
    }
    List<Column> times = Roles.times(model);
    return times.get(times.size() - 1).name();
  }
}

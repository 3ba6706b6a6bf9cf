package dev.rocky.core.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code [mask]}: a masking strategy per classification tag, with per-environment overrides from
 * {@code [mask.<env>]}. Tags are matched case-insensitively.
 */
public record MaskConfig(Map<String, Strategy> strategies, Map<String, Map<String, Strategy>> environments) {

  public MaskConfig {
    strategies = Values.map(strategies);
    Map<String, Map<String, Strategy>> envs = new LinkedHashMap<>();
    environments.forEach((env, m) -> envs.put(env, Values.map(m)));
    environments = Values.map(envs);
  }

  public static MaskConfig defaults() {
    return new MaskConfig(Map.of(), Map.of());
  }

  /** The strategy for {@code tag} in {@code environment} (null: the base table only). */
  public Optional<Strategy> strategyFor(String tag, @Nullable String environment) {
    if (environment != null) {
      Optional<Strategy> override = find(environments.getOrDefault(environment, Map.of()), tag);
      if (override.isPresent()) {
        return override;
      }
    }
    return find(strategies, tag);
  }

  private static Optional<Strategy> find(Map<String, Strategy> table, String tag) {
    return table.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(tag))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** How a classified column is masked. */
  public enum Strategy {
    HASH,
    REDACT,
    PARTIAL,
    NONE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The strategy spelled {@code text} ({@code hash}, {@code redact}, {@code partial}, {@code none}). */
    public static Optional<Strategy> parse(String text) {
      for (Strategy s : values()) {
        if (s.id().equals(text)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }
}

package dev.rocky.compiler.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.project.Freshness;
import dev.rocky.core.project.Strategy;
import org.jspecify.annotations.Nullable;

/**
 * A directory's {@code _defaults.toml}: only {@code [target] catalog/schema}, {@code [strategy]},
 * {@code intent} and {@code [freshness]}. Subdirectories inherit it; the nearest file wins per key.
 */
record DefaultsToml(
    @JsonProperty("target") @Nullable Target target,
    @JsonProperty("strategy") @Nullable Strategy strategy,
    @JsonProperty("intent") @Nullable String intent,
    @JsonProperty("freshness") @Nullable Freshness freshness) {

  static final DefaultsToml NONE = new DefaultsToml(null, null, null, null);

  record Target(@JsonProperty("catalog") @Nullable String catalog, @JsonProperty("schema") @Nullable String schema) {}

  /** These defaults under {@code nearer} ones: each key of {@code nearer} that is set wins. */
  DefaultsToml overriddenBy(DefaultsToml nearer) {
    String catalog = pick(nearer.target == null ? null : nearer.target.catalog, target == null ? null : target.catalog);
    String schema = pick(nearer.target == null ? null : nearer.target.schema, target == null ? null : target.schema);
    return new DefaultsToml(
        catalog == null && schema == null ? null : new Target(catalog, schema),
        pick(nearer.strategy, strategy),
        pick(nearer.intent, intent),
        pick(nearer.freshness, freshness));
  }

  @Nullable String catalog() {
    return target == null ? null : target.catalog;
  }

  @Nullable String schema() {
    return target == null ? null : target.schema;
  }

  private static <T> @Nullable T pick(@Nullable T first, @Nullable T second) {
    return first != null ? first : second;
  }
}

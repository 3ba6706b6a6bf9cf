package dev.rocky.app.execute;

import dev.rocky.planner.sql.TableName;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The target schemas one run has seen exist: a schema is known once a model built in it (its
 * statements succeeded, {@code CREATE SCHEMA} included when the target was missing) or once a probe
 * found a table in it. A model whose schema is known needs no {@code CREATE SCHEMA}, and a model whose
 * strategy does not depend on the target's state needs no probe either. Kept for one run only: a
 * schema dropped between runs (a deleted branch) is created again by the next run. Thread-safe.
 */
final class KnownSchemas {
  private final @Nullable Set<String> known;

  private KnownSchemas(@Nullable Set<String> known) {
    this.known = known;
  }

  /** Remembers nothing: every model probes its target (a service that outlives one run). */
  static KnownSchemas none() {
    return new KnownSchemas(null);
  }

  /** An empty memory for one run. */
  static KnownSchemas forRun() {
    return new KnownSchemas(ConcurrentHashMap.newKeySet());
  }

  boolean contains(TableName target) {
    return known != null && known.contains(key(target));
  }

  void add(TableName target) {
    if (known != null) {
      known.add(key(target));
    }
  }

  private static String key(TableName target) {
    return (target.catalog() == null ? "" : target.catalog()) + "." + target.schema();
  }
}

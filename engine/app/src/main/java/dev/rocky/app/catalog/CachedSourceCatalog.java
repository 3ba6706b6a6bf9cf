package dev.rocky.app.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.port.SourceCatalog;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.TypedColumn;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Remembers what the warehouse said about each table ({@value #KEY} in the cache store) for a
 * time-to-live (Rocky's default is 24 hours); an expired entry is never used. With no live
 * catalog behind it, it answers from the cache only, so an offline compile still types what a
 * connected compile saw within the last day.
 */
public final class CachedSourceCatalog implements SourceCatalog {
  public static final String KEY = "source-schemas.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One remembered table. */
  record Entry(
      @JsonProperty("catalog") @Nullable String catalog,
      @JsonProperty("schema") @Nullable String schema,
      @JsonProperty("table") String table,
      @JsonProperty("columns") List<TypedColumn> columns,
      @JsonProperty("described_at") String describedAt) {}

  private final @Nullable SourceCatalog live;
  private final CacheStore store;
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Entry> entries;
  private boolean dirty;

  /** {@code live} is null for a cache-only catalog (no warehouse connection). */
  public CachedSourceCatalog(@Nullable SourceCatalog live, CacheStore store, Clock clock, Duration ttl) {
    this.live = live;
    this.store = store;
    this.clock = clock;
    this.ttl = ttl;
    this.entries = read(store);
  }

  @Override
  public Optional<SourceTable> describe(List<String> ref) {
    String key = String.join(".", ref).toLowerCase(Locale.ROOT);
    Entry cached = entries.get(key);
    Instant now = clock.instant();
    if (cached != null && Instant.parse(cached.describedAt()).plus(ttl).isAfter(now)) {
      return Optional.of(toTable(cached));
    }
    if (live == null) {
      return Optional.empty();
    }
    Optional<SourceTable> found = live.describe(ref);
    found.ifPresentOrElse(t -> {
      entries.put(key, new Entry(t.catalog(), t.schema(), t.name(), t.columns(), now.toString()));
      dirty = true;
    }, () -> dirty |= entries.remove(key) != null);
    return found;
  }

  /** With no live catalog and nothing remembered, nothing is ever described. */
  @Override
  public boolean knowsNothing() {
    return live == null && entries.isEmpty();
  }

  @Override
  public void flush() {
    if (!dirty) {
      return;
    }
    try {
      store.put(KEY, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new TreeMap<>(entries)));
      dirty = false;
    } catch (IOException e) {
      // A cache that cannot be written only makes the next offline compile know less.
    }
  }

  private static SourceTable toTable(Entry e) {
    return new SourceTable(e.catalog(), e.schema(), e.table(), e.columns(), null, 0);
  }

  private static Map<String, Entry> read(CacheStore store) {
    try {
      Optional<byte[]> bytes = store.get(KEY);
      return bytes.isEmpty() ? new TreeMap<>() : new TreeMap<>(JSON.readValue(bytes.get(), new TypeReference<Map<String, Entry>>() {}));
    } catch (IOException | RuntimeException e) {
      return new TreeMap<>();
    }
  }
}

package dev.rocky.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.port.CacheStore;
import dev.rocky.core.port.SourceCatalog;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachedSourceCatalogTest {
  private final Map<String, byte[]> blobs = new HashMap<>();
  private final CacheStore store = new CacheStore() {
    @Override
    public Optional<byte[]> get(String key) {
      return Optional.ofNullable(blobs.get(key));
    }

    @Override
    public void put(String key, byte[] bytes) {
      blobs.put(key, bytes);
    }
  };
  private final List<List<String>> asked = new ArrayList<>();
  private final SourceCatalog warehouse = ref -> {
    asked.add(ref);
    return ref.get(ref.size() - 1).equals("orders")
        ? Optional.of(new SourceTable(null, "raw", "orders", List.of(new TypedColumn("id", RockyType.INT64, false)), null, 0))
        : Optional.empty();
  };
  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  @Test
  void asksTheWarehouseOnceAndThenAnswersFromTheCacheUntilItExpires() {
    CachedSourceCatalog live = new CachedSourceCatalog(warehouse, store, at(T0), Duration.ofHours(24));
    assertThat(live.describe(List.of("raw", "orders"))).get().extracting(SourceTable::columns)
        .isEqualTo(List.of(new TypedColumn("id", RockyType.INT64, false)));
    assertThat(live.describe(List.of("raw", "missing"))).isEmpty();
    live.flush();
    assertThat(asked).hasSize(2);

    CachedSourceCatalog offline = new CachedSourceCatalog(null, store, at(T0.plus(Duration.ofHours(23))), Duration.ofHours(24));
    assertThat(offline.describe(List.of("RAW", "Orders"))).get().extracting(SourceTable::name).isEqualTo("orders");
    assertThat(offline.describe(List.of("raw", "missing"))).isEmpty();

    CachedSourceCatalog expired = new CachedSourceCatalog(null, store, at(T0.plus(Duration.ofHours(25))), Duration.ofHours(24));
    assertThat(expired.describe(List.of("raw", "orders"))).isEmpty();

    CachedSourceCatalog again = new CachedSourceCatalog(warehouse, store, at(T0.plus(Duration.ofHours(1))), Duration.ofHours(24));
    again.describe(List.of("raw", "orders"));
    assertThat(asked).hasSize(2);
  }

  @Test
  void onlyAnOfflineCatalogWithNothingRememberedKnowsNothing() {
    assertThat(new CachedSourceCatalog(null, store, at(T0), Duration.ofHours(24)).knowsNothing()).isTrue();
    assertThat(new CachedSourceCatalog(warehouse, store, at(T0), Duration.ofHours(24)).knowsNothing()).isFalse();
    CachedSourceCatalog live = new CachedSourceCatalog(warehouse, store, at(T0), Duration.ofHours(24));
    live.describe(List.of("raw", "orders"));
    live.flush();
    CachedSourceCatalog offline = new CachedSourceCatalog(null, store, at(T0), Duration.ofHours(24));
    assertThat(offline.knowsNothing()).isFalse();
    assertThat(offline.describe(List.of("raw", "orders"))).isPresent();
    assertThat(SourceCatalog.NONE.knowsNothing()).isTrue();
    assertThat(warehouse.knowsNothing()).isFalse();
  }

  @Test
  void aTableThatDisappearedIsForgottenAndAnUnreadableCacheIsEmpty() {
    CachedSourceCatalog first = new CachedSourceCatalog(warehouse, store, at(T0), Duration.ofHours(24));
    first.describe(List.of("raw", "orders"));
    first.flush();
    SourceCatalog gone = ref -> Optional.empty();
    CachedSourceCatalog later = new CachedSourceCatalog(gone, store, at(T0.plus(Duration.ofDays(2))), Duration.ofHours(24));
    assertThat(later.describe(List.of("raw", "orders"))).isEmpty();
    later.flush();
    assertThat(new CachedSourceCatalog(null, store, at(T0), Duration.ofHours(24)).describe(List.of("raw", "orders"))).isEmpty();

    blobs.put(CachedSourceCatalog.KEY, "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(new CachedSourceCatalog(null, store, at(T0), Duration.ofHours(24)).describe(List.of("raw", "orders"))).isEmpty();
  }
}

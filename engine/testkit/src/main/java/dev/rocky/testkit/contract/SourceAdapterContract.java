package dev.rocky.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.port.SourceAdapter;
import dev.rocky.core.source.DiscoveredSource;
import dev.rocky.core.source.DiscoveredTable;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SourceAdapter} does, on the same three sources: {@code src__acme__shop} with
 * tables {@code orders} and {@code customers}, {@code src__globex__crm} with {@code contacts}, and
 * {@code other} with {@code ignored}. Discovery lists the sources with the prefix, sorted by schema,
 * each with its tables sorted by name, and nothing else.
 */
public abstract class SourceAdapterContract {
  private SourceAdapter adapter;

  /** An adapter that finds exactly the three sources above (created however the source system allows). */
  protected abstract SourceAdapter createAdapterWithSources();

  /** The {@code source_type} the adapter reports. */
  protected abstract String expectedSourceType();

  @BeforeEach
  final void open() {
    adapter = createAdapterWithSources();
  }

  @AfterEach
  final void close() {
    adapter.close();
  }

  @Test
  void listsTheSourcesWithThePrefixSortedWithTheirTablesSorted() {
    List<DiscoveredSource> found = adapter.discover("src__");
    assertThat(found).extracting(DiscoveredSource::schema).containsExactly("src__acme__shop", "src__globex__crm");
    assertThat(found.getFirst().tables()).extracting(DiscoveredTable::name).containsExactly("customers", "orders");
    assertThat(found.get(1).tables()).extracting(DiscoveredTable::name).containsExactly("contacts");
    assertThat(found).allSatisfy(s -> {
      assertThat(s.sourceType()).isEqualTo(expectedSourceType());
      assertThat(s.id()).isNotBlank();
    });
  }

  @Test
  void aNarrowerPrefixNarrowsAndAnUnmatchedOneFindsNothing() {
    assertThat(adapter.discover("src__globex")).extracting(DiscoveredSource::schema).containsExactly("src__globex__crm");
    assertThat(adapter.discover("nothing_has_this_prefix")).isEmpty();
  }

  @Test
  void discoveringTwiceFindsTheSameSources() {
    assertThat(adapter.discover("src__")).isEqualTo(adapter.discover("src__"));
  }
}

package dev.rocky.catalog.page;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A listing: all models (in pages of {@link #PAGE_SIZE}), all sources or all runs. Each item is a
 * link with a short note; {@code pages} links the other pages of a long listing.
 */
public record ListPage(Layout layout, String heading, String summary, List<Item> items, List<PageLink> pages) {
  public static final int PAGE_SIZE = 500;

  public boolean hasItems() {
    return !items.isEmpty();
  }

  public boolean hasPages() {
    return !pages.isEmpty();
  }

  public record Item(Link link, @Nullable String kind, @Nullable String note, @Nullable String status, String statusClass) {}

  public record PageLink(String label, String href, boolean current) {}
}

package dev.rocky.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a generation wrote: the home page, the number of pages and files, their total size in
 * bytes, the largest page, and how long it took (the graph layouts' share in {@code layout}, summed
 * over threads).
 */
public record SiteReport(Path home, int pages, int files, long bytes, long largestPage, Duration elapsed, Duration layout) {

  public SiteReport {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(layout, "layout");
  }
}

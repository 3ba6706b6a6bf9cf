package dev.rocky.catalog.page;

import org.jspecify.annotations.Nullable;

/** A label, linked when {@code href} is set, with an optional note (a transform, a status). */
public record Link(String label, @Nullable String href, @Nullable String note) {

  public static Link to(String label, @Nullable String href) {
    return new Link(label, href, null);
  }
}

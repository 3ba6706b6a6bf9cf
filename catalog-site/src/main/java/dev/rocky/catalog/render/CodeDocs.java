package dev.rocky.catalog.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** The documentation page of each diagnostic code (docs/diagnostics/*.md), bundled in this module's jar. */
public final class CodeDocs {
  private CodeDocs() {}

  /** The Markdown of {@code code}'s page, or null when there is none. */
  public static @Nullable String markdown(String code) {
    try (InputStream in = CodeDocs.class.getClassLoader().getResourceAsStream("dev/rocky/catalog/docs/" + code + ".md")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

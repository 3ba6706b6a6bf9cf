package dev.rocky.catalog.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled stylesheet and scripts (classpath {@code dev/rocky/catalog/assets/}), copied into
 * {@code assets/}: the site makes no request outside itself.
 */
public final class Assets {
  public static final List<String> FILES = List.of("site.css", "lineage.js", "search.js");

  private Assets() {}

  /** The asset files, by path from the site root. */
  public static Map<String, String> files() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : FILES) {
      String resource = "dev/rocky/catalog/assets/" + name;
      try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing bundled asset " + resource);
        }
        out.put("assets/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}

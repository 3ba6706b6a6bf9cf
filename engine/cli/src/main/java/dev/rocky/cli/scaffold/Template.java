package dev.rocky.cli.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A bundled project template: the resources under {@code /templates/<name>/}, listed one per line
 * in its {@code index.txt} as {@code <resource> [<target>]} ({@code #} starts a comment). The
 * optional target renames a file on the way out, e.g. {@code gitignore .gitignore}, since build
 * tools drop dot-files from resources.
 */
public enum Template {
  /** {@code rocky init}: rocky.toml with a DuckDB adapter and a transformation pipeline, one model. */
  INIT("init"),
  /** {@code rocky playground}: the credential-free sample shop with seed data. */
  PLAYGROUND("playground");

  private final String dir;

  Template(String dir) {
    this.dir = dir;
  }

  /** One file of a template: where it is on the class path, where it goes in the project. */
  public record Entry(String resource, String target) {
    public Entry {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(target, "target");
      if (target.startsWith("/") || target.contains("..") || target.contains("\\")) {
        throw new IllegalArgumentException("template target must be a relative path: " + target);
      }
    }
  }

  /** The files, in index order. */
  public List<Entry> entries() throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (String raw : read("index.txt").split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      if (parts.length > 2) {
        throw new IOException("bad line in templates/" + dir + "/index.txt: " + line);
      }
      entries.add(new Entry(parts[0], parts.length == 2 ? parts[1] : parts[0]));
    }
    return List.copyOf(entries);
  }

  /** The bytes of one file of this template. */
  public byte[] bytes(Entry entry) throws IOException {
    return load(entry.resource());
  }

  private String read(String resource) throws IOException {
    return new String(load(resource), StandardCharsets.UTF_8);
  }

  private byte[] load(String resource) throws IOException {
    String path = "/templates/" + dir + "/" + resource;
    try (InputStream in = Template.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("template resource missing from the build: " + path);
      }
      return in.readAllBytes();
    }
  }
}

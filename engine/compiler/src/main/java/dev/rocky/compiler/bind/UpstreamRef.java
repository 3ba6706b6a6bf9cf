package dev.rocky.compiler.bind;

import java.util.Objects;

/** A table a model reads: a model, a known source, or an external table of unknown schema. */
public record UpstreamRef(String name, Kind kind) {

  public UpstreamRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** How the name resolved. */
  public enum Kind {
    MODEL,
    SOURCE,
    UNKNOWN
  }
}

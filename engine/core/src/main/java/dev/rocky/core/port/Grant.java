package dev.rocky.core.port;

import dev.rocky.core.project.TargetRef;
import java.util.Objects;

/** A privilege on a table for a principal, e.g. {@code SELECT} for {@code analysts}. */
public record Grant(String principal, String privilege, TargetRef target) {
  public Grant {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(privilege, "privilege");
    Objects.requireNonNull(target, "target");
  }
}

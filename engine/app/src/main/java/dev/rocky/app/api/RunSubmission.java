package dev.rocky.app.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A checked request to start a run: the project compiles, the pipeline and the selectors exist.
 *
 * @param caller who asked, recorded as the run's triggering identity when known
 */
public record RunSubmission(StartRunRequest request, @Nullable String caller) {
  public RunSubmission {
    Objects.requireNonNull(request, "request");
  }
}

package dev.rocky.core.state;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The outcome of claiming an idempotency key before a run. */
public sealed interface IdempotencyClaim {

  /** The key is now this run's, in flight: proceed with the run. */
  record Claimed(IdempotencyRecord record, @Nullable String adoptedFromRunId) implements IdempotencyClaim {
    public Claimed {
      Objects.requireNonNull(record, "record");
    }
  }

  /** A run already finished under this key: skip ({@code SkippedIdempotent}), citing its run id. */
  record Completed(String runId, IdempotencyState state) implements IdempotencyClaim {
    public Completed {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(state, "state");
    }
  }

  /** Another live run holds the key: skip ({@code SkippedInFlight}). */
  record HeldInFlight(String runId, Instant expiresAt) implements IdempotencyClaim {
    public HeldInFlight {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }
  }
}

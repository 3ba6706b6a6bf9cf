package dev.rocky.app.replay;

import java.util.List;

/** What replaying one recorded model found. */
public sealed interface Verdict {

  /** Its wire name: {@code replayable}, {@code non_replayable}, {@code executed}, {@code bit_exact}, {@code diverged}. */
  String name();

  /** {@code --check}: every artifact it needs is there and intact, and its SQL is deterministic. */
  record Replayable() implements Verdict {
    @Override
    public String name() {
      return "replayable";
    }
  }

  /** It cannot be rebuilt faithfully, and {@code reason} says why. */
  record NonReplayable(String reason) implements Verdict {
    @Override
    public String name() {
      return "non_replayable";
    }
  }

  /** {@code --execute} without {@code --verify}: rebuilt, with this output. */
  record Executed(Provenance.OutputHash output) implements Verdict {
    @Override
    public String name() {
      return "executed";
    }
  }

  /** Rebuilt, and the output has the recorded content. */
  record BitExact(Provenance.OutputHash output) implements Verdict {
    @Override
    public String name() {
      return "bit_exact";
    }
  }

  /**
   * Rebuilt, and the output differs from the recorded one: in {@code columns} (sorted), or the replay
   * failed ({@code output} null, {@code reason} says how).
   */
  record Diverged(List<String> columns, Provenance.@org.jspecify.annotations.Nullable OutputHash output, String reason)
      implements Verdict {
    public Diverged {
      columns = List.copyOf(columns);
    }

    @Override
    public String name() {
      return "diverged";
    }
  }
}

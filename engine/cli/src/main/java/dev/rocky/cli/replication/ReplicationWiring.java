package dev.rocky.cli.replication;

import dev.rocky.cli.output.CommandResult;
import java.io.PrintWriter;
import java.util.Optional;

/** Replication pipelines: {@code rocky run} on one, and {@code rocky discover}. */
public interface ReplicationWiring {

  /** A wiring without replication: runs go to the model path, discover fails loudly. */
  ReplicationWiring NONE = new ReplicationWiring() {
    @Override
    public Optional<CommandResult> runIfReplication(ReplicationRequest request, PrintWriter err) {
      return Optional.empty();
    }

    @Override
    public CommandResult discover(ReplicationRequest request) {
      throw new UnsupportedOperationException("rocky discover is not wired here");
    }
  };

  /**
   * Runs the request's replication pipeline: the one {@code --pipeline} names, or the project's only
   * replication pipeline when it has no transformation pipeline; empty for anything else.
   */
  Optional<CommandResult> runIfReplication(ReplicationRequest request, PrintWriter err);

  /** What the replication pipeline would copy, and where. */
  CommandResult discover(ReplicationRequest request);
}

package dev.rocky.cli.branch;

import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.run.RunRequest;
import java.io.PrintWriter;

/**
 * What {@code rocky branch}, {@code plan}, {@code apply}, {@code replay} and {@code history --audit}
 * need from the engine. Kept apart from the other wirings so that the compile-time commands never
 * load the warehouse driver or the state store.
 */
public interface BranchWiring {

  CommandResult create(Requests.Branch request);

  CommandResult list(Requests.Branch request);

  CommandResult show(Requests.Branch request);

  CommandResult delete(Requests.Branch request);

  CommandResult approve(Requests.Approve request);

  /** Exit 1 when a gate refuses; nothing is changed then. */
  CommandResult promote(Requests.Promote request);

  /** Plans as {@code run} would and stores the plan; nothing runs. */
  CommandResult plan(RunRequest request);

  CommandResult apply(Requests.Apply request, PrintWriter err);

  CommandResult replay(Requests.Replay request);

  CommandResult audit(Requests.Audit request);
}

package dev.rocky.cli.branch;

import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.run.RunRequest;
import java.io.PrintWriter;
import java.time.Clock;

/** The laptop and CI wiring of branches, plan/apply, replay and the audit trail. */
public final class LocalBranchWiring implements BranchWiring {
  private final Clock clock;

  public LocalBranchWiring(Clock clock) {
    this.clock = clock;
  }

  public LocalBranchWiring() {
    this(Clock.systemUTC());
  }

  @Override
  public CommandResult create(Requests.Branch request) {
    return new LocalBranches(clock).create(request);
  }

  @Override
  public CommandResult list(Requests.Branch request) {
    return new LocalBranches(clock).list(request);
  }

  @Override
  public CommandResult show(Requests.Branch request) {
    return new LocalBranches(clock).show(request);
  }

  @Override
  public CommandResult delete(Requests.Branch request) {
    return new LocalBranches(clock).delete(request);
  }

  @Override
  public CommandResult approve(Requests.Approve request) {
    return new LocalBranches(clock).approve(request);
  }

  @Override
  public CommandResult promote(Requests.Promote request) {
    return new LocalPromote(clock).promote(request);
  }

  @Override
  public CommandResult plan(RunRequest request) {
    return new LocalPlans(clock).plan(request);
  }

  @Override
  public CommandResult apply(Requests.Apply request, PrintWriter err) {
    return new LocalPlans(clock).apply(request, err);
  }

  @Override
  public CommandResult replay(Requests.Replay request) {
    return new LocalReplay().replay(request);
  }

  @Override
  public CommandResult audit(Requests.Audit request) {
    return new LocalReplay().audit(request);
  }
}

package dev.rocky.cli.replication;

import dev.rocky.app.replication.ReplicationRunOutput;
import dev.rocky.app.run.RunOutput;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import dev.rocky.planner.replication.DriftAction;
import java.io.PrintWriter;

/** A replication run in table mode: each table copied, each failure, each drift action, a summary line. */
record ReplicationRunView(String pipeline, ReplicationRunOutput output) implements HumanView {

  @Override
  public void render(PrintWriter out) {
    RunOutput run = output.run();
    TextTable.Builder tables = TextTable.builder("TABLE", "STRATEGY", "ROWS", "MS", "WATERMARK");
    for (RunOutput.Materialization m : run.materializations()) {
      tables.row(m.metadata().targetTableFullName(), m.metadata().strategy(), m.rowsCopied(), m.durationMs(),
          m.metadata().watermark());
    }
    tables.emptyMessage("no table copied").build().render(out);
    for (RunOutput.RunError e : run.errors()) {
      out.println("failed: " + e.model() + ": " + e.error());
    }
    for (Object action : run.drift().actionsTaken()) {
      if (action instanceof DriftAction d) {
        out.println("drift: " + d.table() + ": " + d.action() + " (" + d.reason() + ")");
      }
    }
    out.printf("%s: replication pipeline %s copied %d table(s), %d failed, %d skipped (%s)%n", status(run), pipeline,
        run.tablesCopied(), run.tablesFailed(), run.tablesSkipped(), run.runId());
  }

  private static String status(RunOutput run) {
    return switch (run.status()) {
      case SUCCESS -> "Success";
      case PARTIAL_FAILURE -> "PartialFailure";
      case FAILURE -> "Failure";
      case SKIPPED_IDEMPOTENT -> "SkippedIdempotent";
      case SKIPPED_IN_FLIGHT -> "SkippedInFlight";
    };
  }
}

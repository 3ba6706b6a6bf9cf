package dev.rocky.cli.ai;

import dev.rocky.app.ai.Proposal;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import java.io.PrintWriter;

/** {@code rocky ai-test} in table mode: one row per proposed test, then what was written. */
record ProposeTestsView(ProposeTestsOutput output) implements HumanView {

  @Override
  public void render(PrintWriter out) {
    TextTable.Builder table = TextTable.builder("KIND", "TEST", "RESULT").emptyMessage("nothing proposed");
    for (Proposal p : output.proposals()) {
      table.row("[[" + p.kind() + "]]", p.name(), p.kept() ? "kept" : "dropped: " + p.detail());
    }
    table.build().render(out);
    if (output.sidecar() != null) {
      out.printf("Kept %d of %d proposed tests; appended them to %s%n", output.kept(), output.proposed(), output.sidecar());
    } else {
      out.printf("error: none of the %d proposed tests passed; nothing was written%n", output.proposed());
    }
  }
}

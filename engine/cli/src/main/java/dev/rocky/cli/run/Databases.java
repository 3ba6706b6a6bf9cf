package dev.rocky.cli.run;

import java.io.PrintWriter;

/** What the run commands say about the warehouse before they open it. */
final class Databases {
  private Databases() {}

  /** An adapter without a path is an in-memory DuckDB: whatever a command writes is gone when it exits. */
  static void warnIfInMemory(RunTargets targets, PrintWriter err) {
    String path = targets.adapter().path();
    if (!"duckdb".equalsIgnoreCase(targets.adapter().type())) {
      return;
    }
    if (path == null || path.isBlank() || path.equals(":memory:")) {
      err.println("warning: adapter '" + targets.adapterName() + "' has no path, so DuckDB runs in memory and"
          + " everything built is lost when rocky exits");
      err.println("  = help: set path = \"warehouse.duckdb\" under [adapter." + targets.adapterName() + "] in rocky.toml");
      err.flush();
    }
  }
}

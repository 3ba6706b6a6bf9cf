package dev.rocky.adapter.duckdb;

import java.nio.file.Path;

/** Child-process main: opens a DuckDB file, says "ready", and holds it until its input closes. */
public final class HoldDuckDbFile {
  private HoldDuckDbFile() {}

  public static void main(String[] args) throws Exception {
    try (DuckDbAdapter adapter = DuckDbAdapter.open(Path.of(args[0]))) {
      adapter.execute("CREATE TABLE IF NOT EXISTS held (id INTEGER)");
      System.out.println("ready");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the file until the parent closes our input
      }
    }
  }
}

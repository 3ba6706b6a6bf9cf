package dev.rocky.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes a file written by {@link RunStatements} on a DuckDB database straight through JDBC, one
 * statement after another on one connection: what {@code rocky run} would cost with no compiler,
 * planner, state store or run record around the warehouse's work. Needs only the DuckDB driver.
 *
 * <pre>java -cp ... dev.rocky.bench.JdbcRun DATABASE STATEMENTS_FILE</pre>
 */
public final class JdbcRun {
  private JdbcRun() {}

  /** The statements of a {@link RunStatements} file. */
  static List<String> read(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.equals(RunStatements.END)) {
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    return out;
  }

  public static void main(String[] args) throws IOException, SQLException {
    if (args.length != 2) {
      System.err.println("usage: JdbcRun DATABASE STATEMENTS_FILE");
      System.exit(2);
    }
    long start = System.nanoTime();
    List<String> statements = read(Path.of(args[1]));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + Path.of(args[0]).toAbsolutePath());
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
    System.out.printf("executed %d statements in %.2f s%n", statements.size(), (System.nanoTime() - start) / 1e9);
  }
}

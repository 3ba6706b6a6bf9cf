package dev.rocky.cli.run;

import java.sql.Connection;
import java.util.Properties;

/** A second process that holds a DuckDB file open (and so its lock) until it is killed. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + args[0], new Properties())) {
      System.out.println("holding " + args[0]);
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}

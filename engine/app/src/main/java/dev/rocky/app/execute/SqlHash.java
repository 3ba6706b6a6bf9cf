package dev.rocky.app.execute;

import dev.rocky.planner.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code sql_hash} of a materialization: the first 16 hex characters of the SHA-256 of its
 * statements' SQL joined by {@code ";\n"}. Rocky's is a 64-bit hash too; the two are not meant to match.
 */
public final class SqlHash {
  /** The hash of no statements. */
  public static final String EMPTY = of(List.of());

  private SqlHash() {}

  public static String of(List<Statement> statements) {
    String joined = statements.stream().map(Statement::sql).collect(Collectors.joining(";\n"));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

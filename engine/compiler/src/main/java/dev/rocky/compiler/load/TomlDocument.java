package dev.rocky.compiler.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.List;

/**
 * One parsed TOML file: its project-relative path, the text as written (before {@code ${VAR}}
 * substitution, same line numbers), the parsed tree and where each key is written.
 */
record TomlDocument(String file, String rawText, ObjectNode root, TomlPositions positions) {

  /** Where {@code path} is written, else its nearest written ancestor, else the top of the file. */
  SourceSpan span(List<?> path) {
    TomlPositions.Position exact = positions.find(path);
    if (exact != null) {
      Object last = path.get(path.size() - 1);
      int length = last instanceof String s ? s.length() : 1;
      return SourceSpan.at(file, exact.line(), exact.col(), length);
    }
    TomlPositions.Position near = positions.nearest(path);
    return near == null ? SourceSpan.at(file, 1, 1) : SourceSpan.at(file, near.line(), near.col());
  }

  /** The line number where {@code path} is written (0 if unknown). */
  int line(List<?> path) {
    TomlPositions.Position p = positions.find(path);
    return p == null ? 0 : p.line();
  }

  /** Whether the key at {@code path} is written with a literal value, not from a {@code ${VAR}}. */
  boolean literal(List<?> path) {
    TomlPositions.Position p = positions.find(path);
    if (p == null) {
      return false;
    }
    if (rawText.indexOf("${") < 0) {
      return true;
    }
    String[] lines = rawText.split("\n", -1);
    return p.line() > lines.length || !lines[p.line() - 1].contains("${");
  }
}

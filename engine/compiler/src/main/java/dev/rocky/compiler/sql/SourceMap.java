package dev.rocky.compiler.sql;

import dev.rocky.core.diagnostic.SourceSpan;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Maps positions in the text that was parsed back to the model's file. The parser may read a rewritten
 * text (a keyword quoted to make it an identifier, {@code ARRAY} inserted before a list literal, ...);
 * every rewrite stays on its line, so lines never move and only columns after a rewrite on the same
 * line shift. A position inside a rewritten stretch maps to the start (for a start position) or the
 * end (for an end position) of the text it replaced. Immutable and thread-safe.
 */
public final class SourceMap {
  /** The map of a text that was parsed as written. */
  public static final SourceMap IDENTITY = new SourceMap(new int[0], new int[0], new int[0], new int[0], new int[0]);

  // One entry per rewrite, ordered by line then column; columns are 1-based, ends exclusive.
  private final int[] lines;
  private final int[] parsedStart;
  private final int[] parsedEnd;
  private final int[] fileStart;
  private final int[] fileEnd;

  SourceMap(int[] lines, int[] parsedStart, int[] parsedEnd, int[] fileStart, int[] fileEnd) {
    this.lines = lines;
    this.parsedStart = parsedStart;
    this.parsedEnd = parsedEnd;
    this.fileStart = fileStart;
    this.fileEnd = fileEnd;
  }

  /** Whether positions need no mapping. */
  public boolean isIdentity() {
    return lines.length == 0;
  }

  /** The file column of a parsed text's column where something starts. */
  public int startCol(int line, int col) {
    return map(line, col, true);
  }

  /** The file column of a parsed text's column where something ends (inclusive). */
  public int endCol(int line, int col) {
    return map(line, col, false);
  }

  /** The span in {@code file} of a parser position (its length when it starts and ends on one line). */
  public SourceSpan span(String file, SqlParserPos pos) {
    int line = Math.max(0, pos.getLineNum());
    int col = Math.max(0, pos.getColumnNum());
    if (pos.getEndLineNum() != pos.getLineNum()) {
      return SourceSpan.at(file, line, startCol(line, col), 1);
    }
    int start = startCol(line, col);
    int end = endCol(line, pos.getEndColumnNum());
    return SourceSpan.at(file, line, start, Math.max(1, end - start + 1));
  }

  private int map(int line, int col, boolean start) {
    int i = first(line);
    int delta = 0;
    for (; i < lines.length && lines[i] == line; i++) {
      if (parsedEnd[i] <= col) {
        delta += (fileEnd[i] - fileStart[i]) - (parsedEnd[i] - parsedStart[i]);
      } else if (parsedStart[i] <= col) {
        return start ? fileStart[i] : Math.max(fileStart[i], fileEnd[i] - 1);
      } else {
        break;
      }
    }
    return col + delta;
  }

  /** The index of the first rewrite on {@code line} (or where it would be). */
  private int first(int line) {
    int lo = 0;
    int hi = lines.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lines[mid] < line) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

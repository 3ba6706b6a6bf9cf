package dev.rocky.compiler.bind;

import dev.rocky.compiler.sql.ParsedModel;
import dev.rocky.compiler.sql.SourceMap;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/** The state of one bind call: what is being bound and what has been found so far. Never shared. */
final class BindContext {
  final String model;
  final String file;
  final String sql;
  final ParsedModel parsed;
  final SchemaLookup lookup;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  final List<UpstreamRef> upstreams = new ArrayList<>(4);
  final List<JoinKeyPair> joinKeys = new ArrayList<>(2);
  boolean hasStar;
  final QueryBinder queries;
  private int @Nullable [] lineStarts;

  BindContext(ParsedModel parsed, SchemaLookup lookup) {
    this.model = parsed.modelName();
    this.file = parsed.file();
    this.sql = parsed.sql();
    this.parsed = parsed;
    this.lookup = lookup;
    this.queries = new QueryBinder(this);
  }

  void report(DiagnosticCode code, String message, SqlParserPos pos, @Nullable String suggestion) {
    diagnostics.add(new Diagnostic(code.severity(), code, message, model, span(pos), suggestion));
  }

  SourceSpan span(SqlParserPos pos) {
    return parsed.span(pos);
  }

  void upstream(String name, UpstreamRef.Kind kind) {
    for (int i = 0, n = upstreams.size(); i < n; i++) {
      UpstreamRef u = upstreams.get(i);
      if (u.kind() == kind && u.name().equals(name)) {
        return;
      }
    }
    upstreams.add(new UpstreamRef(name, kind));
  }

  /** The model's text between two parser positions, whitespace collapsed; null when out of range. */
  @Nullable String text(SqlParserPos pos) {
    SourceMap map = parsed.sourceMap();
    int start = offset(pos.getLineNum(), map.startCol(pos.getLineNum(), pos.getColumnNum()));
    int end = offset(pos.getEndLineNum(), map.endCol(pos.getEndLineNum(), pos.getEndColumnNum()));
    if (start < 0 || end < start || end >= sql.length()) {
      return null;
    }
    StringBuilder sb = new StringBuilder(end - start + 1);
    boolean space = false;
    for (int i = start; i <= end; i++) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private int offset(int line, int col) {
    if (line < 1 || col < 1) {
      return -1;
    }
    int[] starts = lineStarts();
    return line > starts.length ? -1 : starts[line - 1] + col - 1;
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int count = 1;
      for (int i = 0; i < sql.length(); i++) {
        if (sql.charAt(i) == '\n') {
          count++;
        }
      }
      int[] starts = new int[count];
      int k = 1;
      for (int i = 0; i < sql.length(); i++) {
        if (sql.charAt(i) == '\n') {
          starts[k++] = i + 1;
        }
      }
      lineStarts = starts;
    }
    return lineStarts;
  }
}

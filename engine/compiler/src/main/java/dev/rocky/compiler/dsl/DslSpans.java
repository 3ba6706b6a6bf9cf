package dev.rocky.compiler.dsl;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Points diagnostics found in the lowered SQL of a {@code .rocky} model back into the
 * {@code .rocky} file. A diagnostic's span names the model's file ({@code x.rocky}) with the
 * line and column of the lowered SQL; the file is read and lowered again (cheap and
 * deterministic) to get its {@link SourceMap}. For a file that does not lower, the DSL's own E004
 * already points into it and the SQL parser's complaint about the text (which is not SQL) is dropped.
 */
public final class DslSpans {
  private DslSpans() {}

  public static List<Diagnostic> remap(ProjectSource source, List<Diagnostic> diagnostics) {
    Map<String, Optional<SourceMap>> maps = new HashMap<>();
    List<Diagnostic> out = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      SourceSpan span = d.span();
      if (span == null || span.line() == 0 || !RockyDsl.isDslFile(span.file())) {
        out.add(d);
        continue;
      }
      Optional<SourceMap> map = maps.computeIfAbsent(span.file(), f -> mapOf(source, f));
      if (map.isPresent()) {
        Pos p = map.get().toRocky(span.line(), span.col());
        out.add(d.withSpan(SourceSpan.at(span.file(), p.line(), p.col(), span.length())));
      } else if (d.code() != DiagnosticCode.E004 || d.message().startsWith(RockyDsl.MESSAGE_PREFIX)) {
        out.add(d);
      }
    }
    return out;
  }

  private static Optional<SourceMap> mapOf(ProjectSource source, String file) {
    try {
      return RockyDsl.lower(file, source.read(file)) instanceof RockyDsl.Lowered l ? Optional.of(l.map()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}

package dev.rocky.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.SourceSpan;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A failure's payload, {@code {"diagnostics": [...]}}, and the diagnostic shape every report shares:
 * {@code severity}, {@code code}, {@code message}, then {@code model}, {@code span} and
 * {@code suggestion}, written as {@code null} when absent (Rocky's shape); a span is
 * {@code file}, {@code line}, {@code col}.
 */
public record DiagnosticsJson(List<Diagnostic> diagnostics) implements JsonPayload {

  public DiagnosticsJson {
    diagnostics = List.copyOf(diagnostics);
  }

  @Override
  public void writeFields(JsonGenerator g) throws IOException {
    g.writeFieldName("diagnostics");
    write(g, diagnostics);
  }

  /** Writes {@code diagnostics} as a JSON array. */
  static void write(JsonGenerator g, List<Diagnostic> diagnostics) throws IOException {
    g.writeStartArray();
    for (Diagnostic d : diagnostics) {
      g.writeStartObject();
      g.writeStringField("severity", d.severity().name());
      g.writeStringField("code", d.code().code());
      g.writeStringField("message", d.message());
      nullableString(g, "model", d.model());
      SourceSpan span = d.span();
      if (span == null) {
        g.writeNullField("span");
      } else {
        g.writeObjectFieldStart("span");
        g.writeStringField("file", span.file());
        g.writeNumberField("line", span.line());
        g.writeNumberField("col", span.col());
        g.writeEndObject();
      }
      nullableString(g, "suggestion", d.suggestion());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void nullableString(JsonGenerator g, String name, @Nullable String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }
}

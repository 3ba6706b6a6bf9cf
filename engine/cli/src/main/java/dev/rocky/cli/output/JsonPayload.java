package dev.rocky.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A payload that writes its own fields on Jackson's streaming generator, between the envelope's
 * {@code version} and {@code command} and the closing brace. The large reports (a 10,000-model
 * compile prints about 19 MB) are written this way: data binding builds a serializer for every
 * record type by reflection, which costs a short-lived JVM more than the writing itself. Each
 * writer produces exactly the text data binding would produce for the record it wraps (its tests
 * hold it to that, byte for byte).
 */
public sealed interface JsonPayload permits CompileReportJson, LineageJson, DiagnosticsJson {

  /** Writes the payload's fields (names and values) into the envelope object that is open on {@code g}. */
  void writeFields(JsonGenerator g) throws IOException;
}

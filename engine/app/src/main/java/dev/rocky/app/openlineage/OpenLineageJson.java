package dev.rocky.app.openlineage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * OpenLineage documents as newline-delimited JSON: one compact event per line, the form
 * OpenLineage's file transport writes and that a loop can POST one by one to
 * {@code /api/v1/lineage}. Field names are the spec's, whatever the caller's JSON conventions.
 */
public final class OpenLineageJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
      .build();
  /** Writes into a caller's stream: leaves it open and unflushed. */
  private static final ObjectWriter LINE = MAPPER.writer()
      .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .without(StreamWriteFeature.FLUSH_PASSED_TO_STREAM);

  private OpenLineageJson() {}

  public static String ndjson(List<OpenLineage.JobEvent> events) {
    StringWriter out = new StringWriter();
    for (OpenLineage.JobEvent e : events) {
      writeLine(out, e);
    }
    return out.toString();
  }

  /** Writes {@code document} to {@code out} as one line of NDJSON (compact, then a newline). */
  public static void writeLine(Writer out, Object document) {
    try {
      LINE.writeValue(out, document);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String write(Object document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

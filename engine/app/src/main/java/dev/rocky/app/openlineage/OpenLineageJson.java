package dev.rocky.app.openlineage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
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

  private OpenLineageJson() {}

  public static String ndjson(List<OpenLineage.JobEvent> events) {
    StringBuilder out = new StringBuilder();
    for (OpenLineage.JobEvent e : events) {
      out.append(write(e)).append('\n');
    }
    return out.toString();
  }

  public static String write(Object document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

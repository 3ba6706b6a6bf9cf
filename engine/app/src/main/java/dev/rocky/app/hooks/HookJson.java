package dev.rocky.app.hooks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rocky.app.execute.ExecuteJson;
import dev.rocky.core.hooks.HookEvent;
import java.util.Map;

/** A hook event as JSON (what a shell hook reads on stdin) and as a template scope. */
final class HookJson {
  private static final ObjectMapper MAPPER = ExecuteJson.mapper();

  private HookJson() {}

  static String write(HookEvent event) {
    return ExecuteJson.write(event);
  }

  /** The event's JSON fields as nested maps and lists, for Mustache. */
  static Map<String, Object> scope(String json) {
    try {
      return MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a hook event's own JSON does not read back", e);
    }
  }
}

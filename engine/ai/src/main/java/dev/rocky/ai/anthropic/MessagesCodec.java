package dev.rocky.ai.anthropic;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.core.ai.AiErrorCode;
import dev.rocky.core.ai.AiException;
import dev.rocky.core.ai.AiMessage;
import dev.rocky.core.ai.AiReply;
import dev.rocky.core.ai.AiRequest;
import java.util.Locale;

/** The JSON of the Messages API: the request body, the reply's text, an error's message. */
final class MessagesCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MessagesCodec() {}

  static String encode(String model, AiRequest request) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", model);
    body.put("max_tokens", request.maxTokens());
    body.put("system", request.system());
    ArrayNode messages = body.putArray("messages");
    for (AiMessage m : request.messages()) {
      messages.addObject().put("role", m.role().name().toLowerCase(Locale.ROOT)).put("content", m.text());
    }
    return body.toString();
  }

  /** The text blocks of a 200 answer, joined; a body of another shape is an AI_MALFORMED_RESPONSE. */
  static AiReply decode(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      throw malformed("the Anthropic API answered 200 with a body that is not JSON: " + e.getOriginalMessage());
    }
    JsonNode content = root == null ? null : root.get("content");
    if (content == null || !content.isArray()) {
      throw malformed("the Anthropic API answered 200 without a 'content' array");
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode block : content) {
      if ("text".equals(block.path("type").asText()) && block.path("text").isTextual()) {
        text.append(block.get("text").asText());
      }
    }
    if (text.isEmpty()) {
      throw malformed("the Anthropic API answered 200 without any text block");
    }
    return new AiReply(text.toString(), root.path("stop_reason").asText("unknown"));
  }

  /** {@code error.message} of an error body, or the first line of a body of another shape. */
  static String errorMessage(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      if (root != null && root.path("error").path("message").isTextual()) {
        return root.path("error").path("message").asText();
      }
    } catch (JacksonException e) {
      // Not JSON: show the start of it.
    }
    String first = body.strip().lines().findFirst().orElse("");
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }

  private static AiException malformed(String message) {
    return new AiException(AiErrorCode.AI_MALFORMED_RESPONSE, message,
        "check that [ai] endpoint points at the Messages API; try again, or run with --debug");
  }
}

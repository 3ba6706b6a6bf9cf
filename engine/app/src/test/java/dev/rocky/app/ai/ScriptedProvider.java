package dev.rocky.app.ai;

import dev.rocky.core.ai.AiProvider;
import dev.rocky.core.ai.AiReply;
import dev.rocky.core.ai.AiRequest;
import java.util.ArrayList;
import java.util.List;

/** A provider that answers the scripted texts in order (the last repeats) and keeps the requests. */
final class ScriptedProvider implements AiProvider {
  private final List<String> answers;
  final List<AiRequest> requests = new ArrayList<>();

  ScriptedProvider(String... answers) {
    this.answers = List.of(answers);
  }

  @Override
  public String name() {
    return "scripted";
  }

  @Override
  public AiReply complete(AiRequest request) {
    requests.add(request);
    return new AiReply(answers.get(Math.min(requests.size(), answers.size()) - 1), "end_turn");
  }
}

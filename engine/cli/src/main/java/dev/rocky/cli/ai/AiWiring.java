package dev.rocky.cli.ai;

import dev.rocky.cli.output.CommandResult;

/** What {@code rocky ai} and {@code rocky ai-test} need from the engine. */
public interface AiWiring {

  /** A new model from an intent, written only when it compiles. */
  CommandResult generate(GenerateRequest request);

  /** Tests for a model, appended to its sidecar only when they pass. */
  CommandResult proposeTests(ProposeTestsRequest request);
}

package dev.rocky.cli.ai;

import dev.rocky.ai.emulator.MessagesApiEmulator;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** An AI command on a fresh copy of the {@link AiProject} fixture, its Messages API emulator started for each test. */
abstract class EmulatedAiTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "ai");

  @TempDir Path dir;
  MessagesApiEmulator api;
  AiProject project;

  /** What the fixture's {@code [ai]} section says besides the endpoint and model. */
  abstract String aiSection();

  @BeforeEach
  void start() {
    api = MessagesApiEmulator.start();
    project = new AiProject(dir, api, aiSection());
  }

  @AfterEach
  void stop() {
    api.close();
  }
}

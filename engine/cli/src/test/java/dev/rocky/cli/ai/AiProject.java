package dev.rocky.cli.ai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.ai.emulator.MessagesApiEmulator;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.Json;
import dev.rocky.cli.wiring.CompileRequest;
import dev.rocky.cli.wiring.ListDepsRequest;
import dev.rocky.cli.wiring.ListModelsRequest;
import dev.rocky.cli.wiring.LocalWiring;
import dev.rocky.cli.wiring.ValidateRequest;
import dev.rocky.cli.wiring.Wiring;
import dev.rocky.testkit.TestProjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The quality fixture with {@code [ai]} pointed at a {@link MessagesApiEmulator}, and the CLI run in
 * process with a recognisable key in its environment.
 */
final class AiProject {
  /** A key no output may ever show. */
  static final String KEY = "sk-ant-api03-RECOGNISABLE-test-key-5150";

  final Path root;
  final MessagesApiEmulator api;

  AiProject(Path dir, MessagesApiEmulator api, String aiSection) {
    this.api = api;
    this.root = TestProjects.copyTo("quality", dir.resolve("quality"));
    append("rocky.toml", "\n[ai]\nendpoint = \"" + api.baseUrl() + "\"\nmodel = \"claude-emulated\"\n" + aiSection);
  }

  /** The local wiring, with the AI commands reading {@code env} instead of the process environment. */
  static Wiring wiring(Map<String, String> env) {
    LocalWiring local = new LocalWiring();
    return new Wiring() {
      @Override
      public CommandResult validate(ValidateRequest request) {
        return local.validate(request);
      }

      @Override
      public CommandResult compile(CompileRequest request) {
        return local.compile(request);
      }

      @Override
      public CommandResult listModels(ListModelsRequest request) {
        return local.listModels(request);
      }

      @Override
      public CommandResult listDeps(ListDepsRequest request) {
        return local.listDeps(request);
      }

      @Override
      public dev.rocky.cli.quality.QualityWiring quality() {
        return local.quality();
      }

      @Override
      public AiWiring ai() {
        return new LocalAiWiring(false, env);
      }
    };
  }

  CliRun run(String... args) {
    return run(Map.of("ANTHROPIC_API_KEY", KEY), args);
  }

  CliRun run(Map<String, String> env, String... args) {
    return CliRun.run(root, false, wiring(env), args);
  }

  static JsonNode json(CliRun run) {
    try {
      return Json.mapper().readTree(run.out());
    } catch (IOException e) {
      throw new AssertionError("stdout is not JSON:\n" + run.out() + "\nstderr:\n" + run.err(), e);
    }
  }

  Path file(String path) {
    return root.resolve(path);
  }

  String read(String path) {
    try {
      return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void append(String path, String text) {
    try {
      Files.writeString(root.resolve(path), read(path) + text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

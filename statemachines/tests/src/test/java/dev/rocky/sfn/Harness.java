package dev.rocky.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.fn.support.FunctionJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Node side: {@code statemachines/harness}, its npm packages installed once per JVM by
 * {@code install.sh} (idempotent, from the committed lockfile), Node 22 from npm or Node 20 with a
 * polyfill ({@code node.sh}). {@link #run} runs one definition in aws-local-stepfunctions through
 * {@code run.mjs}; {@link #validate} runs asl-validator through {@code validate.mjs}.
 */
final class Harness {
  private static boolean installed;

  private Harness() {}

  /** {@code statemachines/}, found from the test module's directory. */
  static Path statemachines() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("run.asl.json")) && Files.isDirectory(dir.resolve("harness"))) {
        return dir;
      }
      if (Files.isRegularFile(dir.resolve("statemachines/run.asl.json"))) {
        return dir.resolve("statemachines");
      }
    }
    throw new IllegalStateException("no statemachines/ above " + here);
  }

  static synchronized void install() {
    if (installed) {
      return;
    }
    Path script = statemachines().resolve("harness/install.sh");
    Result r = exec(List.of("bash", script.toString()), "", Duration.ofMinutes(10));
    if (r.exit() != 0) {
      throw new IllegalStateException("statemachines/harness/install.sh failed (" + r.exit() + "): " + r.err());
    }
    installed = true;
  }

  /**
   * Runs {@code definition} (a file under {@code statemachines/}) with {@code input}.
   *
   * @param functions each {@code ${...}} Lambda substitution to the bridge function serving it
   * @param stateMachines each {@code ${...}} state machine substitution to its definition file
   * @param retryIntervalMs every retry's wait, or null to wait as the definition says (backoff and jitter)
   */
  static Execution run(String definition, Object input, LambdaBridge bridge, Map<String, String> functions,
      Map<String, String> stateMachines, Integer retryIntervalMs, Duration timeout) {
    install();
    ObjectNode spec = FunctionJson.mapper().createObjectNode();
    spec.put("definition", statemachines().resolve(definition).toString());
    spec.set("input", FunctionJson.mapper().valueToTree(input));
    spec.put("bridge", bridge.url());
    spec.set("functions", FunctionJson.mapper().valueToTree(functions));
    spec.set("stateMachines", FunctionJson.mapper().valueToTree(stateMachines));
    if (retryIntervalMs == null) {
      spec.putNull("retryIntervalMs");
    } else {
      spec.put("retryIntervalMs", retryIntervalMs);
    }
    spec.put("label", definition.replace(".asl.json", ""));
    Result r = exec(List.of("bash", statemachines().resolve("harness/node.sh").toString(),
        statemachines().resolve("harness/run.mjs").toString()), spec.toString(), timeout);
    if (r.exit() != 0 || r.out().isBlank()) {
      throw new IllegalStateException("the harness failed (" + r.exit() + "): " + r.err());
    }
    return Execution.of(read(r.out()), r.err());
  }

  /** asl-validator's verdict on each file: {@code [{file, valid, errors}]}. */
  static JsonNode validate(List<Path> files) {
    install();
    List<String> command = new ArrayList<>(List.of("bash", statemachines().resolve("harness/node.sh").toString(),
        statemachines().resolve("harness/validate.mjs").toString()));
    files.forEach(f -> command.add(f.toString()));
    Result r = exec(command, "", Duration.ofMinutes(2));
    if (r.out().isBlank()) {
      throw new IllegalStateException("validate.mjs failed (" + r.exit() + "): " + r.err());
    }
    return read(r.out());
  }

  private static JsonNode read(String json) {
    try {
      return FunctionJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Result(int exit, String out, String err) {}

  private static Result exec(List<String> command, String stdin, Duration timeout) {
    try {
      Process p = new ProcessBuilder(command).directory(statemachines().toFile()).start();
      CompletableFuture<String> out = drain(p.getInputStream());
      CompletableFuture<String> err = drain(p.getErrorStream());
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(command + " did not finish within " + timeout);
      }
      return new Result(p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}

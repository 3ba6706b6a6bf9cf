package dev.rocky.cli;

import dev.rocky.cli.command.CliContext;
import dev.rocky.cli.wiring.LocalWiring;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run for the JDK 25 AOT cache that {@code bin/rocky} builds once after each build
 * ({@code java -XX:AOTCacheOutput=... dev.rocky.cli.AotTraining}). It runs a fixed set of command
 * lines in one JVM, with their output discarded, so the cache holds the classes of the common
 * paths: help, version, JSON and table output, scaffolding, usage and execution errors, and the
 * project commands on the playground (which exercise the engine once it is wired), and a seeded
 * run of the playground (DuckDB, the state store, the run coordinator). Each argument
 * names a further project (for example a generated one, see {@code bin/rocky}) that is compiled
 * twice, cold and then with the compile cache, so the cache also covers a large compile's paths.
 */
public final class AotTraining {
  private AotTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("rocky-aot-training");
    try {
      Path playground = dir.resolve("playground");
      List<List<String>> runs = List.of(
          List.of("--version"),
          List.of("--help"),
          List.of("version", "-o", "json"),
          List.of("init", dir.resolve("init").toString(), "-o", "json"),
          List.of("init", dir.resolve("init").toString(), "-o", "table"),
          List.of("playground", playground.toString(), "-o", "table"),
          List.of("compile", "--no-such-flag"));
      for (List<String> run : runs) {
        Cli.run(run.toArray(String[]::new), context(dir));
      }
      for (String command : List.of("validate", "compile", "list")) {
        List<String> run = command.equals("list") ? List.of("list", "models", "-o", "json") : List.of(command, "-o", "json");
        Cli.run(run.toArray(String[]::new), context(playground));
        Cli.run(List.of(command, "-o", "table").toArray(String[]::new), context(playground));
      }
      // A run on the seeded playground: the warehouse, the state store and the run's own code.
      for (List<String> run : List.of(List.of("seed", "--sql", "-o", "json"), List.of("run", "-o", "json"),
          List.of("run", "-o", "table"))) {
        Cli.run(run.toArray(String[]::new), context(playground));
      }
      for (String project : args) {
        for (int round = 0; round < 2; round++) {
          Cli.run(new String[] {"compile", "-o", "json"}, context(Path.of(project)));
        }
      }
    } finally {
      deleteRecursively(dir);
    }
  }

  private static CliContext context(Path cwd) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    return new CliContext(sink, sink, cwd, () -> false, new LocalWiring());
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package dev.rocky.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The deployment package built by {@code infra/lambda-bundle}: a directory whose {@code lib/} holds
 * the jars of every function (Lambda's Java layout). The stack uploads it as one asset.
 *
 * @param dir the directory holding {@code lib/}
 * @param classes every class file name in the jars ({@code dev/rocky/fn/run/RunHandler.class})
 */
public record LambdaBundle(Path dir, Set<String> classes) {

  public LambdaBundle {
    classes = Set.copyOf(classes);
  }

  /** Reads the bundle at {@code dir}, or says how to build it. */
  public static LambdaBundle read(Path dir) {
    Path lib = dir.resolve("lib");
    List<Path> jars = new ArrayList<>();
    if (Files.isDirectory(lib)) {
      try (Stream<Path> files = Files.list(lib)) {
        files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (jars.isEmpty()) {
      throw new BundleMissing("no Lambda bundle at " + lib + ": build it with "
          + "`./mvnw -q -pl infra/lambda-bundle -am package -DskipTests` (or `./mvnw verify`), "
          + "or name another directory with -c rocky:bundle=<dir>");
    }
    Set<String> classes = new HashSet<>();
    for (Path jar : jars) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        zip.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).forEach(classes::add);
      } catch (IOException e) {
        throw new BundleMissing("the Lambda bundle's " + jar + " is not a readable jar (" + e.getMessage()
            + "): rebuild it with `./mvnw -q -pl infra/lambda-bundle -am package -DskipTests`");
      }
    }
    return new LambdaBundle(dir, classes);
  }

  /** Whether the bundle holds the class {@code name} ({@code dev.rocky.fn.run.RunHandler}). */
  public boolean has(String name) {
    return classes.contains(name.replace('.', '/') + ".class");
  }

  /** The bundle is absent or unreadable: a user-facing message, no stack trace. */
  public static final class BundleMissing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BundleMissing(String message) {
      super(message);
    }
  }
}

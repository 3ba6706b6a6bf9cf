package dev.rocky.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.cli.Cli;
import dev.rocky.cli.wiring.LocalWiring;
import dev.rocky.testkit.TestProjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky watch} on a real project directory: the first compile, then one per change. */
class WatchCommandTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final AtomicInteger exit = new AtomicInteger(-1);
  private Thread watch;

  private void start(Path project) {
    CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), project, () -> false, new LocalWiring());
    watch = new Thread(() -> exit.set(Cli.run(new String[] {"watch", "-o", "json"}, context)), "rocky-watch-test");
    watch.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (watch != null) {
      watch.interrupt();
      watch.join(PATIENCE.toMillis());
    }
  }

  private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void recompilesAfterAnEditAndReportsWhatChanged() throws Exception {
    Path project = TestProjects.copyTo(TestProjects.TYPED, dir.resolve("p"));
    start(project);
    await("the first compile", () -> err.toString().contains("rocky watch: watching"));
    assertThat(count(out.toString(), "\"command\" : \"compile\"") + count(out.toString(), "\"command\": \"compile\"")).isEqualTo(1);
    assertThat(out.toString()).doesNotContain("E002");

    Files.writeString(project.resolve("models/dim_products.sql"), "SELECT * FROM no_such_table\n");
    await("the recompile", () -> err.toString().contains("models/dim_products.sql changed; compiled and printed in"));

    assertThat(out.toString()).contains("no_such_table");
    assertThat(err.toString()).doesNotContain(".rocky");
    assertThat(exit.get()).as("still watching").isEqualTo(-1);
  }

  @Test
  void aNewModelInANewDirectoryIsCompiledAndTheCacheDirectoryIsNotWatched() throws Exception {
    Path project = TestProjects.copyTo(TestProjects.TYPED, dir.resolve("p"));
    start(project);
    await("the first compile", () -> err.toString().contains("rocky watch: watching"));

    Files.createDirectories(project.resolve("models/extra"));
    Thread.sleep(200); // the new directory is watched from its creation event on
    Files.writeString(project.resolve("models/extra/ext_products.sql"), "SELECT product_id FROM dim_products\n");
    await("the recompile", () -> out.toString().contains("ext_products"));

    String before = err.toString();
    Files.writeString(project.resolve(".rocky/ignored.txt"), "the compile cache's directory is not the project");
    Thread.sleep(500);
    assertThat(err.toString()).isEqualTo(before);
  }

  @Test
  void anInterruptEndsTheWatchWithTheLastCompilesExitCode() throws Exception {
    Path project = TestProjects.copyTo(TestProjects.TYPED, dir.resolve("p"));
    start(project);
    await("the first compile", () -> err.toString().contains("rocky watch: watching"));

    watch.interrupt();
    watch.join(PATIENCE.toMillis());

    assertThat(watch.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
  }

  @Test
  void aMissingProjectIsAnErrorBeforeAnyWatching() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    start(empty);
    try {
      watch.join(PATIENCE.toMillis());
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    assertThat(exit.get()).isEqualTo(1);
    assertThat(err.toString()).doesNotContain("rocky watch: watching");
  }
}

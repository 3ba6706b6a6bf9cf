package dev.rocky.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.cli.Cli;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.command.CliContext;
import dev.rocky.cli.wiring.LocalWiring;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky serve} as a command: options, the token, the address it prints, stopping. */
class ServeCommandTest {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final Pattern TOKEN = Pattern.compile("this session's token is (\\S+)");

  @TempDir Path dir;

  /** Runs the command on a thread until it prints its address; the returned future ends when it stops. */
  private record Served(CompletableFuture<Integer> exit, Thread thread, StringWriter err, URI url) {
    String await(Pattern pattern) {
      Matcher m = pattern.matcher(err.toString());
      assertThat(m.find()).as(err.toString()).isTrue();
      return m.group(1);
    }
  }

  private Served serve(Path project, String... args) throws Exception {
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(err, true), project,
        () -> false, new LocalWiring());
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread thread = new Thread(() -> exit.complete(Cli.run(args, context)), "serve-under-test");
    thread.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!LISTENING.matcher(err.toString()).find() && !exit.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Matcher m = LISTENING.matcher(err.toString());
    assertThat(m.find()).as("stderr: %s", err).isTrue();
    return new Served(exit, thread, err, URI.create(m.group(1)));
  }

  private static int status(URI url, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve(path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void servesOnAFreeLoopbackPortWithTheGivenTokenUntilStopped() throws Exception {
    Path project = ServedProject.copyFixture(dir.resolve("p"));
    Served served = serve(project, "serve", "--port", "0", "--token", "given-token");

    assertThat(served.url().getHost()).isEqualTo("127.0.0.1");
    assertThat(served.url().getPort()).isPositive();
    assertThat(status(served.url(), "/health", null)).isEqualTo(200);
    assertThat(status(served.url(), "/models", null)).isEqualTo(401);
    assertThat(status(served.url(), "/models", "given-token")).isEqualTo(200);
    assertThat(served.err().toString()).doesNotContain("given-token");

    served.thread().interrupt();
    assertThat(served.exit().get(30, TimeUnit.SECONDS)).isZero();
    assertThat(statusOrClosed(served.url())).as("the server is stopped").isEqualTo(-1);
  }

  @Test
  void withoutATokenOnLoopbackItMakesOneUpAndPrintsIt() throws Exception {
    Path project = ServedProject.copyFixture(dir.resolve("p"));
    Served served = serve(project, "serve", "--port", "0");
    try {
      String token = served.await(TOKEN);
      assertThat(token).hasSizeGreaterThanOrEqualTo(32);
      assertThat(status(served.url(), "/runs", token)).isEqualTo(200);
      assertThat(status(served.url(), "/runs", "guess")).isEqualTo(401);
    } finally {
      served.thread().interrupt();
      served.exit().get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aReachableAddressNeedsATokenAndBadOptionsAreUsageErrors() {
    Path project = ServedProject.copyFixture(dir.resolve("p"));

    CliRun open = CliRun.run(project, "serve", "--host", "0.0.0.0", "--port", "0");
    assertThat(open.exitCode()).isNotZero();
    assertThat(open.err()).startsWith("error[usage]: serving on 0.0.0.0 (not a loopback address) needs a token")
        .contains("ROCKY_SERVE_TOKEN").doesNotContain("\tat ");

    assertThat(CliRun.run(project, "serve", "--port", "70000").err()).startsWith("error[usage]: --port must be");
    assertThat(CliRun.run(project, "serve", "--parallel", "0", "--token", "t").err()).startsWith("error[usage]: --parallel");
    assertThat(CliRun.run(project, "serve", "--host", "no-such-host.invalid", "--token", "t").err())
        .startsWith("error[usage]: unknown host");
  }

  /** The status of {@code /health}, or -1 when nothing answers. */
  private static int statusOrClosed(URI url) {
    try {
      return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
          .send(HttpRequest.newBuilder(url.resolve("/health")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }
}

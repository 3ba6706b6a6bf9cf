package dev.rocky.fn.govern;

import dev.rocky.fn.compile.PrimingRun;
import dev.rocky.fn.compile.Snapshots;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs both steps for a fixed run of the bundled priming project against in-memory stores: the
 * compiler, the compliance service, the catalog's templates, layout and search index, and the JSON
 * of payloads are loaded and warmed before the snapshot. The site goes to a bucket that only counts
 * its files; nothing is kept.
 */
final class GovernPriming {
  private static final Invocation PRIMING = new Invocation("priming", Duration.ofMinutes(15));

  private GovernPriming() {}

  /** Returns the two answers: govern, then publish. */
  static List<GovernFunctionResponse> run() {
    PrimingRun run = PrimingRun.recorded();
    GovernHandler handler = new GovernHandler(GovernWiring.of(run.state(), run.artifacts(),
        Snapshots.of(run.artifacts()), new CountingBucket()));
    return List.of(invoke(handler, GovernFunctionRequest.Step.GOVERN, run),
        invoke(handler, GovernFunctionRequest.Step.PUBLISH, run));
  }

  private static GovernFunctionResponse invoke(GovernHandler handler, GovernFunctionRequest.Step step, PrimingRun run) {
    byte[] request = FunctionJson.bytes(GovernFunctionRequest.of(step, run.runId(), run.snapshotKey()));
    return FunctionJson.read(handler.invoke(request, PRIMING), GovernFunctionResponse.class);
  }

  /** A bucket that keeps nothing: it counts the site's files. */
  private record CountingBucket() implements SiteBucket {
    @Override
    public String bucket() {
      return "priming";
    }

    @Override
    public String prefix() {
      return "";
    }

    @Override
    public int upload(Path site) {
      try (Stream<Path> files = Files.walk(site)) {
        return (int) files.filter(Files::isRegularFile).count();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

package dev.rocky.cli.serve;

import dev.rocky.app.api.Authenticator;
import dev.rocky.app.api.RunsApi;
import dev.rocky.cli.run.ProjectPaths;
import java.io.PrintWriter;
import java.time.Clock;

/** {@code rocky serve} on this machine: the project from disk, runs on its DuckDB warehouse, state in {@code .rocky/state.sqlite}. */
public final class LocalServeWiring implements ServeWiring {
  private final Clock clock;

  public LocalServeWiring(Clock clock) {
    this.clock = clock;
  }

  public LocalServeWiring() {
    this(Clock.systemUTC());
  }

  @Override
  public RunningServer start(ServeRequest request, PrintWriter err) {
    ProjectPaths paths = ProjectPaths.of(request.config(), request.models());
    LocalRuns runs = new LocalRuns(paths, request.parallel(), clock);
    RunsApi api = new RunsApi(Authenticator.bearer(request.token()), new LocalProject(paths, clock), runs,
        (req, failure) -> {
          synchronized (err) {
            err.println("rocky serve: internal error on " + req + ": " + failure);
            if (request.debug()) {
              failure.printStackTrace(err);
            }
            err.flush();
          }
        });
    try {
      return LocalServer.start(request.host(), request.port(), api, runs);
    } catch (RuntimeException e) {
      runs.close();
      throw e;
    }
  }
}

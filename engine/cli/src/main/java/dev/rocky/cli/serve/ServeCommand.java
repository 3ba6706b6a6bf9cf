package dev.rocky.cli.serve;

import dev.rocky.cli.command.CliContext;
import dev.rocky.cli.command.RockyCommand;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rocky serve}: answers the runs API (docs/api/openapi.yaml) until stopped (Ctrl-C). Binds
 * the loopback address by default; every route but {@code /health} needs the bearer token. Runs start
 * in the background, one at a time, on the project's DuckDB warehouse.
 */
@Command(name = "serve", sortOptions = false,
    description = "Serve the runs API (start runs, follow them, read models and lineage) over HTTP.")
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}); another than loopback needs --token.")
  private String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port = 8080;

  @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:ROCKY_SERVE_TOKEN}",
      description = "Bearer token clients must send (env ROCKY_SERVE_TOKEN; on loopback, one is made up and printed when absent).")
  private @Nullable String token;

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
      description = "Models of one layer built at once (default: ${DEFAULT-VALUE}).")
  private int parallel = 4;

  @Spec private @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    RockyCommand root = (RockyCommand) Objects.requireNonNull(spec, "spec").root().userObject();
    CliContext context = root.context();
    if (port < 0 || port > 65535) {
      throw usage("--port must be from 0 to 65535, got " + port);
    }
    if (parallel < 1) {
      throw usage("--parallel must be at least 1, got " + parallel);
    }
    ServeToken session = ServeToken.resolve(token, host, new SecureRandom());
    ServeRequest request = new ServeRequest(root.configPath(), context.resolve(models), host, port, session.value(),
        parallel, root.debug());
    PrintWriter err = context.err();
    ServeWiring.RunningServer server = context.wiring().serve().start(request, err);
    Thread hook = new Thread(server::close, "rocky-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try (server) {
      synchronized (err) {
        err.println("rocky serve: listening on " + server.url() + " (project " + request.config().getParent() + ")");
        err.println(session.generated()
            ? "rocky serve: no --token or ROCKY_SERVE_TOKEN; this session's token is " + session.value()
            : "rocky serve: clients send 'Authorization: Bearer <token>'; /health needs none");
        err.println("rocky serve: press Ctrl-C to stop");
        err.flush();
      }
      server.awaitClose();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it closes the server.
      }
    }
    return 0;
  }

  private static CliException usage(String message) {
    return new CliException(CliErrorCode.USAGE, message, "see: rocky serve --help");
  }
}

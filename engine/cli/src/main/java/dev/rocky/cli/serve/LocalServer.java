package dev.rocky.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rocky.app.api.ApiException;
import dev.rocky.app.api.ApiRequest;
import dev.rocky.app.api.ApiResponse;
import dev.rocky.app.api.RunsApi;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server in front of {@link RunsApi}: each exchange becomes an {@link ApiRequest}
 * (body read up to one byte past the limit, so an oversized one is refused), the answer is written
 * back as is. A few threads answer, since starting a run waits for its compile.
 */
final class LocalServer implements ServeWiring.RunningServer {
  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService threads;
  private final RunsApi api;
  private final AutoCloseable runs;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicBoolean closing = new AtomicBoolean();

  private LocalServer(HttpServer server, ExecutorService threads, RunsApi api, AutoCloseable runs) {
    this.server = server;
    this.threads = threads;
    this.api = api;
    this.runs = runs;
  }

  /**
   * @throws CliException ({@code usage}) when the host is unknown or the port is taken
   */
  static LocalServer start(String host, int port, RunsApi api, AutoCloseable runs) {
    InetSocketAddress address = new InetSocketAddress(resolve(host), port);
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (BindException e) {
      throw new CliException(CliErrorCode.USAGE, "cannot listen on " + host + ":" + port + ": " + e.getMessage(),
          "pick another port with --port (0 picks a free one)", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "rocky-serve-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    LocalServer local = new LocalServer(server, threads, api, runs);
    server.createContext("/", local::exchange);
    server.setExecutor(threads);
    server.start();
    return local;
  }

  static InetAddress resolve(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new CliException(CliErrorCode.USAGE, "unknown host '" + host + "'", "bind 127.0.0.1 (the default) or an address of this machine", e);
    }
  }

  @Override
  public URI url() {
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort());
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      ApiResponse response;
      try {
        URI uri = exchange.getRequestURI();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
          if (!values.isEmpty()) {
            headers.put(name, values.getFirst());
          }
        });
        byte[] body = read(exchange.getRequestBody());
        response = api.handle(ApiRequest.of(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers,
            body, null));
      } catch (ApiException e) {
        response = ApiResponse.json(e.apiCode().status(), e.body());
      }
      exchange.getResponseHeaders().put("Content-Type", List.of(ApiResponse.CONTENT_TYPE));
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().put(name, List.of(value)));
      byte[] body = response.body();
      exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The body, up to one byte past {@link RunsApi#MAX_BODY_BYTES}. */
  private static byte[] read(InputStream in) throws IOException {
    try (in) {
      return in.readNBytes(RunsApi.MAX_BODY_BYTES + 1);
    }
  }

  @Override
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    try {
      server.stop(0);
      threads.shutdownNow();
      runs.close();
    } catch (Exception e) {
      // Closing is best effort: the lease of a run cut short lapses, or the next run here takes it over.
    } finally {
      closed.countDown();
    }
  }
}

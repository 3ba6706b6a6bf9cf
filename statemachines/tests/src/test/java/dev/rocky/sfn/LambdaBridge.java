package dev.rocky.sfn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rocky.fn.RockyFunctionError;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import dev.rocky.fn.support.JsonStreamHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * The Lambda service on loopback: {@code POST /functions/<name>} invokes the function registered
 * under that name with the body as its payload, as Lambda would (a fresh {@link Invocation} each
 * time), and answers what Lambda answers: the response payload, or for a thrown error the header
 * {@code X-Amz-Function-Error: Unhandled} and {@code {errorType, errorMessage}}, the error type
 * being the exception's class name. Each call is recorded.
 */
final class LambdaBridge implements AutoCloseable {
  /** A function: payload bytes in, response bytes out, or a thrown error. */
  interface Function {
    byte[] invoke(byte[] payload);
  }

  /** One call: the function's name, the payload and the answer (the response, or Lambda's error JSON). */
  record Call(String function, String payload, String response) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(32, r -> {
    Thread t = new Thread(r, "lambda-bridge");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Function> functions = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  LambdaBridge() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/functions/", this::serve);
    server.setExecutor(threads);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Serves {@code name} with a handler, as its Lambda function would. */
  LambdaBridge register(String name, JsonStreamHandler<?, ?> handler) {
    return register(name, payload -> handler.invoke(payload, Invocation.local()));
  }

  LambdaBridge register(String name, Function function) {
    functions.put(name, function);
    return this;
  }

  /**
   * A documented pass-through for a function whose handler does not exist yet: it answers
   * {@code answer} applied to the payload, and the call is recorded like any other.
   */
  LambdaBridge passThrough(String name, UnaryOperator<ObjectNode> answer) {
    return register(name, payload -> {
      try {
        ObjectNode in = (ObjectNode) FunctionJson.mapper().readTree(payload);
        return FunctionJson.bytes(answer.apply(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  List<Call> calls(String function) {
    return calls.stream().filter(c -> c.function().equals(function)).toList();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String name = exchange.getRequestURI().getPath().substring("/functions/".length());
      byte[] payload = exchange.getRequestBody().readAllBytes();
      Function function = functions.get(name);
      if (function == null) {
        reply(exchange, 404, false, ("{\"message\":\"Function not found: " + name + "\"}").getBytes(StandardCharsets.UTF_8));
        return;
      }
      String request = new String(payload, StandardCharsets.UTF_8);
      byte[] response;
      try {
        response = function.invoke(payload);
      } catch (RuntimeException e) {
        Throwable typed = e instanceof RockyFunctionError ? e : RockyFunctionError.of(e);
        ObjectNode error = FunctionJson.mapper().createObjectNode();
        error.put("errorType", typed.getClass().getName());
        error.put("errorMessage", String.valueOf(typed.getMessage()));
        error.putArray("stackTrace");
        byte[] body = FunctionJson.bytes(error);
        calls.add(new Call(name, request, new String(body, StandardCharsets.UTF_8)));
        reply(exchange, 200, true, body);
        return;
      }
      calls.add(new Call(name, request, new String(response, StandardCharsets.UTF_8)));
      reply(exchange, 200, false, response);
    }
  }

  private static void reply(HttpExchange exchange, int status, boolean functionError, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (functionError) {
      exchange.getResponseHeaders().add("X-Amz-Function-Error", "Unhandled");
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

package dev.rocky.fn.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.app.api.ApiException;
import dev.rocky.app.api.ApiRequest;
import dev.rocky.app.api.ApiResponse;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.fn.RockyUserError;
import dev.rocky.fn.support.Env;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Priming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.crac.Resource;
import org.jspecify.annotations.Nullable;

/**
 * The runs API function behind API Gateway (Lambda proxy integration, IAM authorization): a proxy
 * event in, a proxy result out, the routes in between {@link dev.rocky.app.api.RunsApi}'s, the same
 * as {@code rocky serve}'s. Every answer is a proxy result, failures included (with the API's error
 * body); only an event that is not a proxy event at all is thrown, as {@code REQUEST_INVALID}.
 *
 * <p>Before the SnapStart snapshot it answers a few requests against in-memory stores and the
 * compile function's bundled project, then makes one harmless call per AWS client ({@link ApiPriming}).
 */
public final class ApiHandler implements RequestStreamHandler, Resource {
  private final ApiWiring wiring;

  /** The runtime constructor: wiring from the environment, priming registered with CRaC. */
  public ApiHandler() {
    this(ApiWiring.fromEnvironment(Env.system()));
    Priming.register(this);
  }

  /** The injecting constructor, for tests. */
  public ApiHandler(ApiWiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, @Nullable Context context) throws IOException {
    output.write(invoke(input.readAllBytes()));
    output.flush();
  }

  /** One invocation, from the event's bytes to the proxy result's. */
  public byte[] invoke(byte[] event) {
    JsonNode node;
    ApiRequest request;
    try {
      node = FunctionJson.read(event, JsonNode.class);
      request = ProxyEvents.request(node);
    } catch (ApiException e) {
      return ProxyEvents.response(ApiResponse.json(e.apiCode().status(), e.body()));
    } catch (IllegalArgumentException e) {
      throw new RockyUserError(FunctionErrorCode.REQUEST_INVALID.name(), String.valueOf(e.getMessage()), e);
    }
    return ProxyEvents.response(wiring.api().handle(request));
  }

  @Override
  public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    ApiPriming.run();
    wiring.primeClients().run();
  }

  @Override
  public void afterRestore(org.crac.Context<? extends Resource> context) {
    // Nothing to refresh: no field holds anything random, time-based or secret.
  }
}

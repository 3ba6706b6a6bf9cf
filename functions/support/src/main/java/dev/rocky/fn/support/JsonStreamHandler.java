package dev.rocky.fn.support;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.fn.RockyFunctionError;
import dev.rocky.fn.RockyUserError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The template of every handler: read the payload into the request record with
 * {@link FunctionJson}, call {@link #handle}, write the response record. Anything thrown leaves as
 * a {@link RockyFunctionError}, whose class the state machine matches; a payload that does not
 * decode is a {@link RockyUserError} ({@code REQUEST_INVALID}).
 *
 * @param <I> the request record
 * @param <O> the response record
 */
public abstract class JsonStreamHandler<I, O> implements RequestStreamHandler {
  private final Class<I> requestType;

  protected JsonStreamHandler(Class<I> requestType) {
    this.requestType = Objects.requireNonNull(requestType, "requestType");
  }

  /** The work of one invocation: no decoding, no encoding. */
  protected abstract O handle(I request, Invocation invocation);

  @Override
  public final void handleRequest(InputStream input, OutputStream output, @Nullable Context context) throws IOException {
    output.write(invoke(input.readAllBytes(), Invocation.of(context)));
    output.flush();
  }

  /** One invocation from payload bytes to response bytes; what {@link #handleRequest} and priming run. */
  public final byte[] invoke(byte[] payload, Invocation invocation) {
    I request;
    try {
      request = FunctionJson.read(payload, requestType);
    } catch (IllegalArgumentException e) {
      throw new RockyUserError(FunctionErrorCode.REQUEST_INVALID.name(), e.getMessage() == null ? "bad payload" : e.getMessage(), e);
    }
    try {
      return FunctionJson.bytes(handle(request, invocation));
    } catch (RuntimeException e) {
      throw RockyFunctionError.of(e);
    }
  }
}

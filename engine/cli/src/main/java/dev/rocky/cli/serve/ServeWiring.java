package dev.rocky.cli.serve;

import java.io.PrintWriter;
import java.net.URI;

/** What {@code rocky serve} needs from the engine: a started server. */
public interface ServeWiring {

  /**
   * Binds the address and starts answering.
   *
   * @param err where the server logs unexpected failures
   */
  RunningServer start(ServeRequest request, PrintWriter err);

  /** A server that answers until closed. */
  interface RunningServer extends AutoCloseable {

    /** The base URL, with the port actually bound, e.g. {@code http://127.0.0.1:8080}. */
    URI url();

    /** Blocks until {@link #close()} is called. */
    void awaitClose() throws InterruptedException;

    /** Stops answering, waits a little for a run in progress, and releases everything. Idempotent. */
    @Override
    void close();
  }
}

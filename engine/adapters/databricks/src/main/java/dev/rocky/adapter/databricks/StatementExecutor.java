package dev.rocky.adapter.databricks;

import com.databricks.sdk.service.sql.Disposition;
import com.databricks.sdk.service.sql.ExecuteStatementRequest;
import com.databricks.sdk.service.sql.ExecuteStatementRequestOnWaitTimeout;
import com.databricks.sdk.service.sql.Format;
import com.databricks.sdk.service.sql.QueryTag;
import com.databricks.sdk.service.sql.ResultData;
import com.databricks.sdk.service.sql.StatementResponse;
import com.databricks.sdk.service.sql.StatementState;
import dev.rocky.core.error.RockyException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs one statement through the Statement Execution API: waits for a concurrency slot, submits
 * (waiting up to {@code waitTimeout} inline), polls with a growing pause until the statement ends,
 * fetches the remaining result chunks, and cancels it when {@code timeout} passes or
 * {@link #cancelAll} is called. 429s and RESOURCE_EXHAUSTED halve the concurrency limit.
 */
final class StatementExecutor {
  private static final System.Logger LOG = System.getLogger(StatementExecutor.class.getName());
  private final Supplier<StatementClient> client;
  private final DatabricksConfig config;
  private final AdaptiveConcurrency concurrency;
  private final RequestRetry retry;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private final DatabricksErrors errors;
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final AtomicLong cancelEpoch = new AtomicLong();

  StatementExecutor(Supplier<StatementClient> client, DatabricksConfig config, AdaptiveConcurrency concurrency,
      RequestRetry retry, Sleeper sleeper, LongSupplier nanoTime, DatabricksErrors errors) {
    this.client = client;
    this.config = config;
    this.concurrency = concurrency;
    this.retry = retry;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
    this.errors = errors;
  }

  /** A statement that SUCCEEDED: its id, response (manifest) and every row of every chunk. */
  record Completed(String statementId, StatementResponse response, List<List<String>> rows, Duration duration) {}

  Completed run(SqlRequest request) {
    DatabricksErrors.Context context = new DatabricksErrors.Context(request.doing(), request.model(), null);
    try {
      concurrency.acquire();
    } catch (InterruptedException e) {
      throw errors.interrupted(context, e);
    }
    try {
      return runInSlot(request, context);
    } catch (InterruptedException e) {
      throw errors.interrupted(context, e);
    } finally {
      concurrency.release();
    }
  }

  private Completed runInSlot(SqlRequest request, DatabricksErrors.Context context) throws InterruptedException {
    long start = nanoTime.getAsLong();
    long deadline = start + config.timeout().toNanos();
    long epoch = cancelEpoch.get();
    StatementResponse response = retry.run(() -> call(context, () -> client.get().execute(submission(request))), this::throttled);
    String id = response.getStatementId();
    DatabricksErrors.Context ctx = context.withStatement(id);
    running.add(id);
    try {
      Duration pause = config.tuning().firstPoll();
      while (!terminal(response)) {
        if (cancelEpoch.get() != epoch) {
          cancelQuietly(id);
          throw errors.cancelled(ctx);
        }
        long left = deadline - nanoTime.getAsLong();
        if (left <= 0) {
          cancelQuietly(id);
          throw errors.timeout(ctx, config.timeout());
        }
        sleeper.sleep(pause.compareTo(Duration.ofNanos(left)) < 0 ? pause : Duration.ofNanos(left));
        pause = min(pause.plus(pause.dividedBy(2)), config.tuning().maxPoll());
        response = retry.run(() -> call(ctx, () -> client.get().get(id)), RequestRetry.Listener.NONE);
      }
      return finish(response, ctx, start);
    } finally {
      running.remove(id);
    }
  }

  private Completed finish(StatementResponse response, DatabricksErrors.Context ctx, long start) throws InterruptedException {
    StatementState state = response.getStatus().getState();
    switch (state) {
      case SUCCEEDED -> {
        concurrency.onSuccess();
        return new Completed(ctx.statementId(), response, rows(response, ctx), Duration.ofNanos(nanoTime.getAsLong() - start));
      }
      case FAILED -> {
        RockyException failure = errors.failed(ctx, response.getStatus().getError(), response.getStatus().getSqlState());
        if (failure.code() == DatabricksErrorCode.DATABRICKS_THROTTLED) {
          throttled(failure);
        }
        throw failure;
      }
      case CANCELED, CLOSED -> throw errors.cancelled(ctx);
      default -> throw new IllegalStateException("not a terminal state: " + state);
    }
  }

  private List<List<String>> rows(StatementResponse response, DatabricksErrors.Context ctx) throws InterruptedException {
    if (response.getManifest() != null && Boolean.TRUE.equals(response.getManifest().getTruncated())) {
      throw errors.tooLarge(ctx);
    }
    List<List<String>> rows = new ArrayList<>();
    ResultData chunk = response.getResult();
    while (chunk != null) {
      add(rows, chunk.getDataArray());
      Long next = chunk.getNextChunkIndex();
      if (next == null) {
        break;
      }
      chunk = retry.run(() -> call(ctx, () -> client.get().chunk(ctx.statementId(), next)), RequestRetry.Listener.NONE);
    }
    return rows;
  }

  private static void add(List<List<String>> rows, Collection<Collection<String>> data) {
    if (data != null) {
      for (Collection<String> row : data) {
        rows.add(new ArrayList<>(row));
      }
    }
  }

  /** Cancels every statement in flight; each fails with a non-transient error. */
  void cancelAll() {
    cancelEpoch.incrementAndGet();
    for (String id : List.copyOf(running)) {
      cancelQuietly(id);
    }
  }

  int inFlight() {
    return running.size();
  }

  private void cancelQuietly(String id) {
    try {
      client.get().cancel(id);
    } catch (RuntimeException e) {
      // Best effort: the statement may have ended, and the caller is failing it anyway.
    }
  }

  private ExecuteStatementRequest submission(SqlRequest request) {
    Duration wait = config.tuning().waitTimeout();
    ExecuteStatementRequest r = new ExecuteStatementRequest()
        .setWarehouseId(config.warehouseId())
        .setStatement(request.sql())
        .setWaitTimeout(wait.toSeconds() + "s")
        .setFormat(Format.JSON_ARRAY)
        .setDisposition(Disposition.INLINE)
        .setCatalog(config.catalog())
        .setSchema(config.schema());
    if (!wait.isZero()) {
      r.setOnWaitTimeout(ExecuteStatementRequestOnWaitTimeout.CONTINUE);
    }
    if (!request.parameters().isEmpty()) {
      r.setParameters(request.parameters());
    }
    if (request.model() != null) {
      r.setQueryTags(List.of(new QueryTag().setKey("rocky_model").setValue(request.model())));
    }
    return r;
  }

  private void throttled(RockyException e) {
    if (e.code() == DatabricksErrorCode.DATABRICKS_THROTTLED) {
      concurrency.onThrottle();
      LOG.log(System.Logger.Level.WARNING, () -> "Databricks throttled a statement; at most " + concurrency.limit()
          + " statements in flight from now on");
    } else {
      LOG.log(System.Logger.Level.INFO, () -> "retrying after a transient failure: " + e.getMessage());
    }
  }

  private <T> T call(DatabricksErrors.Context context, Supplier<T> call) {
    try {
      return call.get();
    } catch (RockyException e) {
      throw e;
    } catch (RuntimeException e) {
      throw errors.api(context, e);
    }
  }

  private static boolean terminal(StatementResponse response) {
    StatementState state = response.getStatus() == null ? null : response.getStatus().getState();
    return state != null && state != StatementState.PENDING && state != StatementState.RUNNING;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}

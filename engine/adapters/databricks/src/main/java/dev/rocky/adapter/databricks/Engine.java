package dev.rocky.adapter.databricks;

import dev.rocky.core.error.RockyException;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What every view of one {@link DatabricksAdapter} shares: the configuration, the lazily built
 * client, the statement executor with its concurrency limit, the metadata queries and the error
 * wording.
 */
final class Engine {
  final DatabricksConfig config;
  final Lazy<StatementClient> client;
  final Redactor redactor;
  final DatabricksErrors errors;
  final AdaptiveConcurrency concurrency;
  final RequestRetry retry;
  final StatementExecutor executor;
  final DatabricksCatalog catalog;
  volatile boolean closed;

  Engine(DatabricksConfig config, Supplier<StatementClient> factory, Sleeper sleeper, LongSupplier nanoTime,
      DoubleSupplier random) {
    this.config = config;
    this.redactor = new Redactor(config.secrets());
    this.errors = new DatabricksErrors(redactor);
    this.client = new Lazy<>(() -> build(factory));
    this.concurrency = new AdaptiveConcurrency(config.tuning().initialConcurrency(), config.tuning().maxConcurrency());
    this.retry = new RequestRetry(config.retry(), sleeper, random);
    this.executor = new StatementExecutor(client, config, concurrency, retry, sleeper, nanoTime, errors);
    this.catalog = new DatabricksCatalog(r -> DatabricksResults.query(executor.run(r)));
  }

  private StatementClient build(Supplier<StatementClient> factory) {
    try {
      return factory.get();
    } catch (RockyException e) {
      throw e;
    } catch (RuntimeException e) {
      throw errors.api(new DatabricksErrors.Context("connecting to " + config.host(), null, null), e);
    }
  }

  /** Runs an API call, turning the SDK's exceptions into classified ones. */
  <T> T call(DatabricksErrors.Context context, Supplier<T> call) {
    try {
      return call.get();
    } catch (RockyException e) {
      throw e;
    } catch (RuntimeException e) {
      throw errors.api(context, e);
    }
  }
}

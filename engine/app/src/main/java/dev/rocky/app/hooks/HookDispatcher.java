package dev.rocky.app.hooks;

import dev.rocky.core.config.HooksConfig;
import dev.rocky.core.config.HooksConfig.OnFailure;
import dev.rocky.core.hooks.HookEvent;
import dev.rocky.core.hooks.HookSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The project's {@code [hook]} section behind the {@link HookSink} port. For each event, every
 * {@code [[hook.on_<event>]]} command runs with the event's JSON on stdin, then every
 * {@code [hook.webhooks.on_<event>]} is sent, in the order of {@code rocky.toml}. A hook that fails
 * (or times out) is handled by its {@code on_failure}: {@code warn} (the default) reports it and
 * goes on, {@code ignore} goes on silently, {@code abort} reports it as an error and makes
 * {@link #fire} return {@link Disposition#ABORT}: the run stops. An {@code async} webhook is sent in
 * the background and can only warn; {@link #close} waits for those still in flight.
 *
 * <p>Thread-safe: the engine fires model events from its worker threads.
 */
public final class HookDispatcher implements HookSink, AutoCloseable {
  private final HooksConfig config;
  private final ShellRunner shell;
  private final WebhookSender webhooks;
  private final Consumer<String> report;
  private final List<CompletableFuture<Void>> inFlight = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  /** @param report receives one line per failed hook, e.g. {@code warning: hook on_model_error 'notify' timed out after 500 ms} */
  public HookDispatcher(HooksConfig config, ShellRunner shell, WebhookSender webhooks, Consumer<String> report) {
    this.config = config;
    this.shell = shell;
    this.webhooks = webhooks;
    this.report = report;
  }

  /** Whether any hook is subscribed to {@code event}. */
  public boolean subscribed(String event) {
    return !config.shell().getOrDefault(event, List.of()).isEmpty()
        || !config.webhooks().getOrDefault(event, List.of()).isEmpty();
  }

  @Override
  public Disposition fire(HookEvent event) {
    String name = event.event();
    if (!subscribed(name)) {
      return Disposition.CONTINUE;
    }
    String json = HookJson.write(event);
    boolean abort = false;
    for (HooksConfig.ShellHook hook : config.shell().getOrDefault(name, List.of())) {
      abort |= handle(name, "'" + hook.command() + "'", shell.run(hook, json), hook.onFailure());
    }
    for (HooksConfig.Webhook hook : config.webhooks().getOrDefault(name, List.of())) {
      WebhookCall call;
      try {
        call = WebhookCalls.of(hook, event, json);
      } catch (IllegalArgumentException e) {
        abort |= handle(name, "webhook", HookOutcome.failed(e.getMessage()), hook.onFailure());
        continue;
      }
      String what = "webhook " + call.describe();
      if (hook.async()) {
        OnFailure onFailure = hook.onFailure() == OnFailure.ABORT ? OnFailure.WARN : hook.onFailure();
        CompletableFuture<Void> sent = CompletableFuture.runAsync(
            () -> handle(name, what + " (async)", webhooks.send(call), onFailure),
            command -> Thread.ofVirtual().name("rocky-webhook").start(command));
        synchronized (inFlight) {
          inFlight.add(sent);
        }
        continue;
      }
      abort |= handle(name, what, webhooks.send(call), hook.onFailure());
    }
    return abort ? Disposition.ABORT : Disposition.CONTINUE;
  }

  /** The failure lines reported so far, in order. */
  public List<String> failures() {
    synchronized (failures) {
      return List.copyOf(failures);
    }
  }

  /** @return whether the failure stops the run */
  private boolean handle(String event, String what, HookOutcome outcome, OnFailure onFailure) {
    if (!outcome.failed()) {
      return false;
    }
    String line = "hook " + event + " " + what + " " + outcome.problem();
    return switch (onFailure) {
      case IGNORE -> false;
      case WARN -> {
        say("warning: " + line);
        yield false;
      }
      case ABORT -> {
        say("error: " + line + "; the run fails (on_failure = \"abort\")");
        yield true;
      }
    };
  }

  private void say(String line) {
    synchronized (failures) {
      failures.add(line);
      report.accept(line);
    }
  }

  /** Waits for the async webhooks still being sent, each at most its own timeouts and retries. */
  @Override
  public void close() {
    List<CompletableFuture<Void>> pending;
    synchronized (inFlight) {
      pending = List.copyOf(inFlight);
      inFlight.clear();
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    for (CompletableFuture<Void> f : pending) {
      try {
        f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | TimeoutException e) {
        say("warning: an async webhook did not finish: " + e.getMessage());
      }
    }
  }
}

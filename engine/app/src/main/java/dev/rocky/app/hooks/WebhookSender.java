package dev.rocky.app.hooks;

/** Delivers one webhook request, retrying as the call says. */
@FunctionalInterface
public interface WebhookSender {

  /** Never throws: a refused, failed or timed-out delivery is a failed outcome. */
  HookOutcome send(WebhookCall call);
}

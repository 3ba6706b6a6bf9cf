package dev.rocky.app.hooks;

import dev.rocky.core.config.HooksConfig;

/** Runs one {@code [[hook.on_<event>]]} command with the event's JSON on stdin, within its timeout. */
@FunctionalInterface
public interface ShellRunner {

  /** A runner for wirings that cannot start processes: every command fails, saying so. */
  ShellRunner UNAVAILABLE = (hook, json) -> HookOutcome.failed("shell hooks cannot run here");

  /** Never throws: a command that cannot start, fails or times out is a failed outcome. */
  HookOutcome run(HooksConfig.ShellHook hook, String json);
}

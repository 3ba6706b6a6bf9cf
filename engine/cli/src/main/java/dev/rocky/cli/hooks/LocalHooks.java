package dev.rocky.cli.hooks;

import dev.rocky.app.hooks.HookDispatcher;
import dev.rocky.app.hooks.JdkWebhookSender;
import dev.rocky.core.config.HooksConfig;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The hook dispatcher of a command run on this machine: commands in the project directory, failures on stderr. */
public final class LocalHooks {
  private LocalHooks() {}

  public static HookDispatcher of(HooksConfig hooks, Path projectRoot, PrintWriter err) {
    return new HookDispatcher(hooks, new ProcessShellRunner(projectRoot), new JdkWebhookSender(), line -> {
      err.println(line);
      err.flush();
    });
  }
}

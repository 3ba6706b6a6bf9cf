/**
 * Hooks on this machine: {@code [[hook.on_<event>]]} commands run as processes
 * ({@link ProcessShellRunner}), webhooks sent with the JDK's HTTP client, both behind the
 * dispatcher of {@code dev.rocky.app.hooks} ({@link LocalHooks}).
 */
@NullMarked
package dev.rocky.cli.hooks;

import org.jspecify.annotations.NullMarked;

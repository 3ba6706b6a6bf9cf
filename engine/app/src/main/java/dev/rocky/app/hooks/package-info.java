/**
 * Runs the project's {@code [hook]} section for each {@link dev.rocky.core.hooks.HookEvent}: the
 * {@link HookDispatcher} behind the engine's {@link dev.rocky.core.hooks.HookSink} port, the webhook
 * request (preset, templated body, HMAC-SHA256 signature) and its JDK HTTP delivery with retries.
 * Shell commands run through the {@link ShellRunner} port, which only the local wiring implements.
 */
@NullMarked
package dev.rocky.app.hooks;

import org.jspecify.annotations.NullMarked;

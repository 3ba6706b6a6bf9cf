/**
 * {@code rocky serve}: the runs API ({@code docs/api/openapi.yaml}) on this machine, over the JDK's
 * built-in HTTP server. The routes are {@link dev.rocky.app.api.RunsApi}'s; this package adapts HTTP
 * exchanges to them ({@link dev.rocky.cli.serve.LocalServer}), compiles the project from disk
 * ({@link dev.rocky.cli.serve.LocalProject}) and runs it in the background with the local run
 * coordinator, one run at a time ({@link dev.rocky.cli.serve.LocalRuns}).
 */
@NullMarked
package dev.rocky.cli.serve;

import org.jspecify.annotations.NullMarked;

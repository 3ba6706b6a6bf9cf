/**
 * The picocli commands of {@code rocky}, one class per command, and the context they run in. Commands
 * parse options, call a service or the {@link dev.rocky.cli.wiring.Wiring}, and hand a result to the
 * output layer; they never print stack traces or exit the process.
 */
@NullMarked
package dev.rocky.cli.command;

import org.jspecify.annotations.NullMarked;

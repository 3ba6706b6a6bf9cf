/**
 * How command results reach the user: the JSON envelope ({@code version} and {@code command} first,
 * snake_case fields, one shared ObjectMapper; the large reports are written by hand on the streaming
 * generator, see {@link dev.rocky.cli.output.JsonPayload}), the human table view, the TTY-aware
 * default format and the exit codes 0, 1 and 2.
 */
@NullMarked
package dev.rocky.cli.output;

import org.jspecify.annotations.NullMarked;

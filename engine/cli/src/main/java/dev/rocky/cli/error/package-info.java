/** The CLI's own error codes and the one-line, coded rendering of every failure, with a hint. */
@NullMarked
package dev.rocky.cli.error;

import org.jspecify.annotations.NullMarked;

/** Replication pipelines from the command line: {@code rocky run} on one, {@code rocky discover}, the local wiring. */
@NullMarked
package dev.rocky.cli.replication;

import org.jspecify.annotations.NullMarked;

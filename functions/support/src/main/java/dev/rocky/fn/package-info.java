/**
 * The errors Rocky's Lambda functions throw, one class per kind, so that a state machine can match
 * them by name: it retries {@code dev.rocky.fn.RockyTransientError} only.
 */
@NullMarked
package dev.rocky.fn;

import org.jspecify.annotations.NullMarked;

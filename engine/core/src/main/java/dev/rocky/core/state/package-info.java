/**
 * Values kept by a state store (watermarks, partitions, idempotency keys, the run lease, a model's
 * committed result) and the rules every store applies to them, so that each implementation behaves
 * the same.
 */
@NullMarked
package dev.rocky.core.state;

import org.jspecify.annotations.NullMarked;

/** Benchmarks: a deterministic generator of medallion-shaped projects and whole-process measurements. */
@NullMarked
package dev.rocky.bench;

import org.jspecify.annotations.NullMarked;

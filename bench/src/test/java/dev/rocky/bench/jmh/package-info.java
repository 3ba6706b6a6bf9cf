/** Tests that the JMH workload's phases do the work they claim to measure. */
@NullMarked
package dev.rocky.bench.jmh;

import org.jspecify.annotations.NullMarked;

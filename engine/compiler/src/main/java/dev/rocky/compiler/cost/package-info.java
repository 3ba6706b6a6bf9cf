/**
 * Budgets at compile time: each model's {@code [budget]} resolved over the project's (field by
 * field), the three limits and how a set of figures overruns them, and E027, which compares a
 * model's ceilings with its projected cost ({@link dev.rocky.compiler.cost.CostProjections}, from
 * the recorded history of its runs). The run-time budget checks reuse the same limits.
 */
@NullMarked
package dev.rocky.compiler.cost;

import org.jspecify.annotations.NullMarked;

/**
 * The planner: turns compiled models into a {@link dev.rocky.planner.RunPlan} of DAG layers of
 * {@link dev.rocky.planner.ModelStep}s, and renders each step's statements for its strategy and
 * dialect with {@link dev.rocky.planner.MaterializationRenderer}.
 */
@NullMarked
package dev.rocky.planner;

import org.jspecify.annotations.NullMarked;

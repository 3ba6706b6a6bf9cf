/**
 * Data quality during runs: a pipeline's {@code [checks]} (row count, anomaly against the state
 * store's history, column match, freshness, null rate, custom SQL) and {@code [[assertions]]} on
 * each built table, quarantine of failing rows, and standalone {@code type = "quality"}
 * pipelines. {@link dev.rocky.app.quality.TableChecker} checks one table; {@link
 * dev.rocky.app.quality.ModelChecks} plugs it into a transformation run, {@link
 * dev.rocky.app.quality.QualityPipelineRun} runs a quality pipeline; both return a
 * {@link dev.rocky.app.quality.QualityReport} for the run output and the run record.
 */
@NullMarked
package dev.rocky.app.quality;

import org.jspecify.annotations.NullMarked;

/**
 * The data-quality commands: {@code rocky test} (models and unit tests on an in-memory DuckDB, or
 * {@code --declarative} tests on the warehouse), {@code rocky ci} (compile and test, exit 0, 1 or
 * 4), and the quality side of {@code rocky run}: a {@code type = "quality"} pipeline run with
 * {@code --pipeline}, and the checks of the transformation pipelines after their models.
 */
@NullMarked
package dev.rocky.cli.quality;

import org.jspecify.annotations.NullMarked;

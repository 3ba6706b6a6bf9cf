/**
 * {@code rocky test} and {@code rocky ci}: every model executed on an in-memory DuckDB loaded with
 * {@code data/seed.sql} ({@link dev.rocky.app.quality.testing.LocalModelRunner}), the sidecars'
 * {@code [[test]]} unit tests on fixture rows ({@link dev.rocky.app.quality.testing.UnitTestRunner},
 * compared by {@link dev.rocky.app.quality.testing.RowComparison}), and the declarative
 * {@code [[tests]]} / {@code [[use_test]]} against the warehouse
 * ({@link dev.rocky.app.quality.testing.DeclarativeTestRunner}).
 */
@NullMarked
package dev.rocky.app.quality.testing;

import org.jspecify.annotations.NullMarked;

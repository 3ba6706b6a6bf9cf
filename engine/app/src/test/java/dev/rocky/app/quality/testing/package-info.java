/** rocky test's local execution, unit tests and declarative tests on a real in-memory DuckDB. */
@NullMarked
package dev.rocky.app.quality.testing;

import org.jspecify.annotations.NullMarked;

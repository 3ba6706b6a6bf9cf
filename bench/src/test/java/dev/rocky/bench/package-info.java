/** Tests of the project generator: determinism, shape, and that every model runs on DuckDB. */
@NullMarked
package dev.rocky.bench;

import org.jspecify.annotations.NullMarked;

/** Data-quality checks, assertions, quarantine and quality pipelines on a real in-memory DuckDB. */
@NullMarked
package dev.rocky.app.quality;

import org.jspecify.annotations.NullMarked;

/** .rocky models compiled through the real loader and run on DuckDB. */
@NullMarked
package dev.rocky.app.dsl;

import org.jspecify.annotations.NullMarked;

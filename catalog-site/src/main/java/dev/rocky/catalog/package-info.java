/** The static catalog site generator: lineage, contracts and cost as browsable HTML. */
@NullMarked
package dev.rocky.catalog;

import org.jspecify.annotations.NullMarked;

/** The SQL of data quality, per dialect, as text. */
@NullMarked
package dev.rocky.planner.quality;

import org.jspecify.annotations.NullMarked;

/** The governance commands end to end on disk. */
@NullMarked
package dev.rocky.cli.govern;

import org.jspecify.annotations.NullMarked;

/** The planner's error codes and the one place where its error messages are written. */
@NullMarked
package dev.rocky.planner.error;

import org.jspecify.annotations.NullMarked;

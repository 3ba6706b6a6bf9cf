/** The in-memory stores pass the shared contracts. */
@NullMarked
package dev.rocky.fn.support.memory;

import org.jspecify.annotations.NullMarked;

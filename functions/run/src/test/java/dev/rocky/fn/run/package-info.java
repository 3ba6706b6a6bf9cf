/** Tests of the run function, against in-memory stores. */
@NullMarked
package dev.rocky.fn.run;

import org.jspecify.annotations.NullMarked;

/** Tests of the typed errors. */
@NullMarked
package dev.rocky.fn;

import org.jspecify.annotations.NullMarked;

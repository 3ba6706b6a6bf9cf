/** Helpers shared by the compiler's packages; not API, may change without notice. */
@NullMarked
package dev.rocky.compiler.internal;

import org.jspecify.annotations.NullMarked;

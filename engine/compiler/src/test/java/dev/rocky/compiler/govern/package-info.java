/** Tests of classification along lineage, W004, P001 and the portability catalog (each entry on each dialect). */
@NullMarked
package dev.rocky.compiler.govern;

import org.jspecify.annotations.NullMarked;

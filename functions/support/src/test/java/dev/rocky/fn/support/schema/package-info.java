/** Tests of the schema derivation. */
@NullMarked
package dev.rocky.fn.support.schema;

import org.jspecify.annotations.NullMarked;

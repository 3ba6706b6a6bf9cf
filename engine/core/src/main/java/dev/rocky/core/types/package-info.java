/** Rocky's column type lattice: types, typed columns, SQL type names and the supertype rules. */
@NullMarked
package dev.rocky.core.types;

import org.jspecify.annotations.NullMarked;

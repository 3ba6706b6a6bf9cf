/** JSON Schemas of the functions' request and response records, derived from the records themselves. */
@NullMarked
package dev.rocky.fn.support.schema;

import org.jspecify.annotations.NullMarked;

/** Source schemas from the warehouse's catalog, cached between compiles. */
@NullMarked
package dev.rocky.app.catalog;

import org.jspecify.annotations.NullMarked;

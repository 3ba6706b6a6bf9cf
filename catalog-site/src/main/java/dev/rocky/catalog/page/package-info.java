/** The view models the templates read: one record per page, every value already formatted, every link already resolved, so the templates hold no logic. */
@NullMarked
package dev.rocky.catalog.page;

import org.jspecify.annotations.NullMarked;

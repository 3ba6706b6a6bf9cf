/** The govern Lambda function: a thin handler over the governance service. */
@NullMarked
package dev.rocky.fn.govern;

import org.jspecify.annotations.NullMarked;

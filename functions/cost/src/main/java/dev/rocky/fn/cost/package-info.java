/** The cost Lambda function: a thin handler over the cost service. */
@NullMarked
package dev.rocky.fn.cost;

import org.jspecify.annotations.NullMarked;

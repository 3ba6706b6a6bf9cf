/** The execute Lambda function: a thin handler that materializes one model. */
@NullMarked
package dev.rocky.fn.execute;

import org.jspecify.annotations.NullMarked;

/** The compile Lambda function: a thin handler over the compile service. */
@NullMarked
package dev.rocky.fn.compile;

import org.jspecify.annotations.NullMarked;

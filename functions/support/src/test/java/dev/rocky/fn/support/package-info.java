/** Tests of the Lambda glue. */
@NullMarked
package dev.rocky.fn.support;

import org.jspecify.annotations.NullMarked;

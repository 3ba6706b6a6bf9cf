/** Tests of the compile function, in memory and against S3Proxy. */
@NullMarked
package dev.rocky.fn.compile;

import org.jspecify.annotations.NullMarked;

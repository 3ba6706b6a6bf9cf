/**
 * Fixtures the functions' tests share: a project zipped as CI uploads it, the stores on DynamoDB
 * Local and S3Proxy, and run records as a finished run leaves them.
 */
@NullMarked
package dev.rocky.fn.compile.testing;

import org.jspecify.annotations.NullMarked;

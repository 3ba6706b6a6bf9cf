/** Tests of the govern function: schemas, both steps against DynamoDB Local and S3Proxy, priming. */
@NullMarked
package dev.rocky.fn.govern;

import org.jspecify.annotations.NullMarked;

/** Tests of the cost function: schemas, the handler against DynamoDB Local and S3Proxy, priming. */
@NullMarked
package dev.rocky.fn.cost;

import org.jspecify.annotations.NullMarked;

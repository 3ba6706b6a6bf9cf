/** Tests of the execute function: in memory, and end to end against DynamoDB Local, S3Proxy and DuckDB. */
@NullMarked
package dev.rocky.fn.execute;

import org.jspecify.annotations.NullMarked;

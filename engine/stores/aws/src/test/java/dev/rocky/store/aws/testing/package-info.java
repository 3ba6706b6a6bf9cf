/** Local AWS for tests, in-process: DynamoDB Local and S3Proxy on loopback ports. */
@NullMarked
package dev.rocky.store.aws.testing;

import org.jspecify.annotations.NullMarked;

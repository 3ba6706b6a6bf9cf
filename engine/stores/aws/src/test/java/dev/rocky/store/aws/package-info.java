/** Tests of the AWS stores against DynamoDB Local and S3Proxy. */
@NullMarked
package dev.rocky.store.aws;

import org.jspecify.annotations.NullMarked;

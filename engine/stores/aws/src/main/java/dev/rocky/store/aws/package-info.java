/** AWS implementations of the ports: DynamoDB state and content-addressed S3 artifacts. */
@NullMarked
package dev.rocky.store.aws;

import org.jspecify.annotations.NullMarked;

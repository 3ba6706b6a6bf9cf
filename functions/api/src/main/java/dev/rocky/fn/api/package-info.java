/**
 * The runs API in AWS: one Lambda handler behind API Gateway (REST or HTTP API, proxy integration,
 * IAM authorization) that maps proxy events onto {@link dev.rocky.app.api.RunsApi}, the same routes
 * {@code rocky serve} answers. Runs start a Step Functions execution through a {@link
 * dev.rocky.fn.api.RunStarter}; records are read from the DynamoDB state store; models and lineage
 * come from the deployed project snapshot, compiled in the function.
 */
@NullMarked
package dev.rocky.fn.api;

import org.jspecify.annotations.NullMarked;

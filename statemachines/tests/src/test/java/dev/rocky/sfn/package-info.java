/**
 * Rocky's state machines run for real: {@code statemachines/*.asl.json} in aws-local-stepfunctions
 * (a Node process, {@link dev.rocky.sfn.Harness}), every Task calling the real Java handlers through
 * a loopback HTTP bridge ({@link dev.rocky.sfn.LambdaBridge}) against DynamoDB Local, S3Proxy and a
 * DuckDB file ({@link dev.rocky.sfn.Deployment}); and compared with a local run of the same project.
 */
@NullMarked
package dev.rocky.sfn;

import org.jspecify.annotations.NullMarked;

/**
 * The state and artifact ports held in memory, following the same rules as every store: for
 * priming a Lambda handler before its SnapStart snapshot (so no priming write reaches DynamoDB or
 * S3) and as the base of the testkit's fakes.
 */
@NullMarked
package dev.rocky.core.memory;

import org.jspecify.annotations.NullMarked;

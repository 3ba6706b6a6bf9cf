/**
 * Stores held in memory, for priming a handler before its SnapStart snapshot: the hot path runs
 * against them, so no priming write ever reaches DynamoDB or S3.
 */
@NullMarked
package dev.rocky.fn.support.memory;

import org.jspecify.annotations.NullMarked;

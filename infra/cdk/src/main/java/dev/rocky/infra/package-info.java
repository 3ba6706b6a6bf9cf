/**
 * Rocky's AWS CDK app: the state table, the artifact and catalog buckets, the eight SnapStart
 * functions behind their {@code live} aliases, the four workflows of {@code statemachines/}, the
 * IAM-authorised runs API, one EventBridge Scheduler schedule per scheduled pipeline, the catalog
 * site behind CloudFront, the warehouse secret, log groups and alarms. {@link dev.rocky.infra.RockyApp}
 * is the entry point {@code cdk synth} runs; {@link dev.rocky.infra.RockyStack} composes the parts.
 */
@NullMarked
package dev.rocky.infra;

import org.jspecify.annotations.NullMarked;

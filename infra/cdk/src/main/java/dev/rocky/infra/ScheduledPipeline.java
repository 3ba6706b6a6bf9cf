package dev.rocky.infra;

/**
 * One EventBridge Scheduler schedule: a pipeline's {@code [pipeline.NAME.schedule]} of rocky.toml.
 *
 * @param pipeline the pipeline name
 * @param expression the Scheduler expression ({@code cron(0 6 * * ? *)})
 * @param timezone IANA time zone of the expression
 * @param enabled {@code enabled} of the schedule block; a disabled one is deployed as DISABLED
 */
public record ScheduledPipeline(String pipeline, String expression, String timezone, boolean enabled) {}

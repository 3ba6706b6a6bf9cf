package dev.rocky.core.config;

/** One {@code [pipeline.NAME]} block. */
public record PipelineConfig(String type) {}

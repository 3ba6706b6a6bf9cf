package dev.rocky.core.config;

import org.jspecify.annotations.Nullable;

/** One {@code [adapter.NAME]} block. */
public record AdapterConfig(String type, @Nullable String path) {}

package dev.rocky.catalog.page;

import org.jspecify.annotations.Nullable;

/** A current diagnostic as listed on a page: its code links to the code's explanation. */
public record DiagnosticRow(String severity, String severityClass, String code, String codeHref, String message,
    @Nullable Link model, @Nullable String location, @Nullable String suggestion) {}

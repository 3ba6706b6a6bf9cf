/**
 * Semantic checks over the compiled IR: contracts (E010-E013, W010, W011), time-interval models
 * (E020-E026, W003), {@code @var()} substitution (E028) and lints (W005, W006, P002). Each checker
 * is a pure function of IR records and returns diagnostics with a span into the sidecar, contract
 * or SQL file and a suggestion; none of them throws for a user mistake.
 */
@NullMarked
package dev.rocky.compiler.check;

import org.jspecify.annotations.NullMarked;

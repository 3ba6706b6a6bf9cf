/**
 * {@code rocky validate}: checks of a loaded project's configuration that need no warehouse
 * (adapter credentials present, pipeline references resolve, schedules parse) and style lints.
 * Entry point: {@link dev.rocky.compiler.validate.ConfigValidator}.
 */
@NullMarked
package dev.rocky.compiler.validate;

import org.jspecify.annotations.NullMarked;

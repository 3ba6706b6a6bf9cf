/** Runtime errors: a code and a type that decides whether a failure is retried. */
@NullMarked
package dev.rocky.core.error;

import org.jspecify.annotations.NullMarked;

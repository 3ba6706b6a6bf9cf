/**
 * Shared Lambda glue: the JSON stream handler, the typed errors the state machines match on,
 * environment access, SnapStart priming and the JSON Schemas of payloads.
 */
@NullMarked
package dev.rocky.fn.support;

import org.jspecify.annotations.NullMarked;

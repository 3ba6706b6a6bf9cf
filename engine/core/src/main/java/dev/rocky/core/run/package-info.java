/**
 * Run records (Rocky's {@code RunRecord} and {@code ModelExecution}, with its field names and
 * PascalCase statuses) and the classification of failures that decides retries.
 */
@NullMarked
package dev.rocky.core.run;

import org.jspecify.annotations.NullMarked;

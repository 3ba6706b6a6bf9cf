/**
 * The govern Lambda function: a thin handler over the compliance service for a finished run, and
 * the run workflow's catalog publication (the static site written to the catalog bucket).
 */
@NullMarked
package dev.rocky.fn.govern;

import org.jspecify.annotations.NullMarked;

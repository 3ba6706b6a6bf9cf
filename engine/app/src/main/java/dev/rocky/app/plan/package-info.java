/**
 * Content-addressed plans: {@code rocky plan} writes a {@link dev.rocky.app.plan.RunPlanDocument}
 * named by the SHA-256 of its canonical JSON, and {@code rocky apply} runs exactly that document,
 * refusing when the project's files no longer have the digest it was planned from.
 */
@NullMarked
package dev.rocky.app.plan;

import org.jspecify.annotations.NullMarked;

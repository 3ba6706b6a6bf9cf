/**
 * The language models {@code rocky ai} and {@code rocky ai-test} can ask, behind the core's
 * {@link dev.rocky.core.ai.AiProvider}: {@link dev.rocky.ai.AiProviders} picks one from
 * {@code [ai]}; {@link dev.rocky.ai.RetryPolicy} is the backoff they share.
 */
@NullMarked
package dev.rocky.ai;

import org.jspecify.annotations.NullMarked;

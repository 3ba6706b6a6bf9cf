/** Anthropic's Messages API over {@code java.net.http}, key from {@code ANTHROPIC_API_KEY}. */
@NullMarked
package dev.rocky.ai.anthropic;

import org.jspecify.annotations.NullMarked;

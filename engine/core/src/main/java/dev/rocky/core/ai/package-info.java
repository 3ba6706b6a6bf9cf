/**
 * The port to a language model ({@link dev.rocky.core.ai.AiProvider}): one request of a system
 * prompt and a conversation, one reply of text. Implementations live outside the engine's core
 * ({@code engine/ai}); the compiler checks whatever comes back.
 */
@NullMarked
package dev.rocky.core.ai;

import org.jspecify.annotations.NullMarked;

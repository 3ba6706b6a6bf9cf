/** A local stand-in for Anthropic's Messages API that replays scripted responses. */
@NullMarked
package dev.rocky.ai.emulator;

import org.jspecify.annotations.NullMarked;

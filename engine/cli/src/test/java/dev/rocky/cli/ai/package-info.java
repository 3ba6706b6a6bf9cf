/** rocky ai and rocky ai-test against a scripted Messages API. */
@NullMarked
package dev.rocky.cli.ai;

import org.jspecify.annotations.NullMarked;

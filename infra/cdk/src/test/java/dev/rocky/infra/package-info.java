/** Template assertions on the synthesized stack, and the app's inputs (bundle, schedules, cron). */
@NullMarked
package dev.rocky.infra;

import org.jspecify.annotations.NullMarked;

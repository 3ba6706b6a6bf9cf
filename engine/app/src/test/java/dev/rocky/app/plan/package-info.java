/** Tests of stored plans. */
@NullMarked
package dev.rocky.app.plan;

import org.jspecify.annotations.NullMarked;

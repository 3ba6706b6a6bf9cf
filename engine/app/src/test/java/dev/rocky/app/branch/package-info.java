/** Tests of the approval and breaking-change gates, the project digest and promotion. */
@NullMarked
package dev.rocky.app.branch;

import org.jspecify.annotations.NullMarked;

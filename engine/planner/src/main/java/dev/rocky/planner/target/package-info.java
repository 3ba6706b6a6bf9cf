/** Where models land: a model's target with the adapter's defaults and an optional branch schema applied. */
@NullMarked
package dev.rocky.planner.target;

import org.jspecify.annotations.NullMarked;

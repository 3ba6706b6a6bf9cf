/**
 * Where models land: a model's configured target resolved to a physical table for the dialect,
 * with the dialect's default schema filled in and, on a branch run, the branch schema applied.
 */
@NullMarked
package dev.rocky.planner.target;

import org.jspecify.annotations.NullMarked;

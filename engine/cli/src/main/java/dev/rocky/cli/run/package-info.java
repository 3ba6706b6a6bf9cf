/**
 * The local wiring of the commands that touch the warehouse and the state store ({@code run},
 * {@code seed}, {@code history}, {@code state}): which pipelines and adapter a run uses, the graph it
 * runs in, what it records about the checkout (config hash, git), and how its results look.
 */
@NullMarked
package dev.rocky.cli.run;

import org.jspecify.annotations.NullMarked;

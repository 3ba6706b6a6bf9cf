/**
 * The catalog site's data: a compile, the recorded runs and optionally a lineage diff, turned into
 * the plain records the site generator ({@code catalog-site}) renders. Cost, budget breaches and
 * compliance are read when recorded and left absent otherwise.
 */
@NullMarked
package dev.rocky.app.catalog.site;

import org.jspecify.annotations.NullMarked;

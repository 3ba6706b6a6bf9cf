/** Lineage graphs: the neighbourhood of a model, laid out by ELK's layered algorithm at build time, and the compact payload the browser draws as SVG. */
@NullMarked
package dev.rocky.catalog.graph;

import org.jspecify.annotations.NullMarked;

/**
 * The binder: one recursive pass over a parsed model that resolves scopes (CTEs, aliases, joins,
 * subqueries, stars), infers each output column's type and nullability (Rocky's rules) and collects
 * its column lineage, reporting E001-E003, W001, W002, I001 and I002 along the way.
 */
@NullMarked
package dev.rocky.compiler.bind;

import org.jspecify.annotations.NullMarked;

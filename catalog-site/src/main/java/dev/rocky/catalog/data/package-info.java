/** What the site is generated from: plain facts about a project (models, columns, lineage, runs, diagnostics), built by the application layer; optional parts (cost, compliance, a pull request's diff) are null or empty when not recorded. */
@NullMarked
package dev.rocky.catalog.data;

import org.jspecify.annotations.NullMarked;

/** Writing the site: Mustache templates, SQL highlighting, Markdown for the diagnostic pages, JSON payloads and the bundled assets. */
@NullMarked
package dev.rocky.catalog.render;

import org.jspecify.annotations.NullMarked;

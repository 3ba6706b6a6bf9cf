/** The Fivetran source adapter: connections, schemas and tables from Fivetran's REST API. */
@NullMarked
package dev.rocky.adapter.fivetran;

import org.jspecify.annotations.NullMarked;

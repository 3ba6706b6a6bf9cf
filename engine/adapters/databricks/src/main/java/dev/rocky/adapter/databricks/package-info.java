/** The Databricks warehouse adapter, on the Databricks SDK for Java's SQL Statement Execution API. */
@NullMarked
package dev.rocky.adapter.databricks;

import org.jspecify.annotations.NullMarked;

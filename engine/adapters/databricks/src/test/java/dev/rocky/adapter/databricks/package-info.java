/** Tests of the Databricks adapter: unit tests with hand-written fakes, and the contract against the emulated workspace. */
@NullMarked
package dev.rocky.adapter.databricks;

import org.jspecify.annotations.NullMarked;

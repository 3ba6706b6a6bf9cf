/** Hand-written in-memory fakes of the ports, for tests of the modules that use them. */
@NullMarked
package dev.rocky.testkit.fake;

import org.jspecify.annotations.NullMarked;

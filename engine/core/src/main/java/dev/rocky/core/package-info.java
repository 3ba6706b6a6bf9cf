/** Rocky's core: the IR records every module shares and the ports the engine talks through. No Calcite, no AWS. */
@NullMarked
package dev.rocky.core;

import org.jspecify.annotations.NullMarked;

/** Tests of the replay function: schemas, the steps over a recorded run, priming. */
@NullMarked
package dev.rocky.fn.replay;

import org.jspecify.annotations.NullMarked;

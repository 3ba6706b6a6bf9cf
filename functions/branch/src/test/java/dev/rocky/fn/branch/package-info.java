/** Tests of the branch function: schemas, the gates and a promotion, priming. */
@NullMarked
package dev.rocky.fn.branch;

import org.jspecify.annotations.NullMarked;

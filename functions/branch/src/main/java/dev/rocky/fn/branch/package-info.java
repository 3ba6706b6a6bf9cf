/**
 * The branch Lambda function: a thin handler over the promotion service, the gates of a branch
 * ({@code plan}) and the replacement of production tables by the branch's ({@code promote}).
 */
@NullMarked
package dev.rocky.fn.branch;

import org.jspecify.annotations.NullMarked;

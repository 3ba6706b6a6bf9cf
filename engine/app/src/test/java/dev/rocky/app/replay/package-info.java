/** Tests of recipes, provenance recording and replay. */
@NullMarked
package dev.rocky.app.replay;

import org.jspecify.annotations.NullMarked;

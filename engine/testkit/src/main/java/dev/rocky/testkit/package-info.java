/** Test support shared by every module: fixture projects, golden files, diagnostic markers, fakes and contract suites. */
@NullMarked
package dev.rocky.testkit;

import org.jspecify.annotations.NullMarked;

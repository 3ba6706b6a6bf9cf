/**
 * Shared contract suites: abstract JUnit classes every implementation of a port extends, so the
 * in-memory fakes, the local stores, the AWS stores and each warehouse adapter are held to the same
 * behaviour.
 */
@NullMarked
package dev.rocky.testkit.contract;

import org.jspecify.annotations.NullMarked;

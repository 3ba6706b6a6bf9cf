package dev.rocky.compiler.cache;

/** A 128-bit content key (see the compiler's {@code Hashing}). */
public record Digest(long hi, long lo) {}

/**
 * Holds HTTP answers to an OpenAPI 3.1 document: each observed request and response must be
 * declared (path, method, status, content type) and its JSON body must validate against the
 * declared schema (JSON Schema 2020-12, resolved inside the document).
 */
@NullMarked
package dev.rocky.testkit.openapi;

import org.jspecify.annotations.NullMarked;

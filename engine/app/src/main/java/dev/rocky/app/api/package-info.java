/**
 * The runs API: the routes that {@code rocky serve} answers locally and the API handler answers
 * behind API Gateway ({@code docs/api/openapi.yaml}). {@link dev.rocky.app.api.RunsApi} turns an
 * {@link dev.rocky.app.api.ApiRequest} into an {@link dev.rocky.app.api.ApiResponse}: it
 * authenticates, routes, checks the request against the compiled project and maps every failure to
 * one error body. Where runs start and where their records are read is a {@link
 * dev.rocky.app.api.RunBackend} (the local coordinator, or Step Functions); the compiled project
 * comes from a {@link dev.rocky.app.api.ProjectBackend}. No HTTP server here: the transports adapt
 * their requests to these records.
 */
@NullMarked
package dev.rocky.app.api;

import org.jspecify.annotations.NullMarked;

package dev.rocky.compiler;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a compile spent its time, in Rocky's field names. */
public record CompileTimings(
    @JsonProperty("project_load_ms") long projectLoadMs,
    @JsonProperty("semantic_graph_ms") long semanticGraphMs,
    @JsonProperty("typecheck_ms") long typecheckMs,
    @JsonProperty("typecheck_join_keys_ms") long typecheckJoinKeysMs,
    @JsonProperty("contracts_ms") long contractsMs,
    @JsonProperty("total_ms") long totalMs) {}

package dev.rocky.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The functions: Java 21, SnapStart on published versions, each behind an alias {@value #ALIAS}
 * that everything invokes, each with its own role granting exactly its {@link FunctionSpec.Access}
 * and its own log group.
 */
public final class RockyFunctions extends Construct {
  /** The alias every caller invokes; it follows the function's current published version. */
  public static final String ALIAS = "live";
  /** Every function's instruction set; the cost function prices GB-seconds at its rate. */
  public static final Architecture ARCHITECTURE = Architecture.X86_64;

  private final Map<String, Alias> aliases = new LinkedHashMap<>();
  private final Map<String, Function> functions = new LinkedHashMap<>();
  private final Map<String, Role> roles = new LinkedHashMap<>();

  /**
   * @param environment extra variables by function name (the cost function's view of the execute
   *     function's memory and architecture)
   */
  public RockyFunctions(Construct scope, String id, List<FunctionSpec> specs, Code code, DataStores data,
      String namespace, Map<String, Map<String, String>> environment, RetentionDays logRetention) {
    super(scope, id);
    for (FunctionSpec spec : specs) {
      String name = spec.name();
      String cid = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      Role role = Role.Builder.create(this, cid + "Role")
          .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
          .description("Rocky " + name + " function: its own table actions, bucket prefixes and secrets")
          .build();
      LogGroup logs = LogGroup.Builder.create(this, cid + "Logs")
          .retention(logRetention)
          .removalPolicy(RemovalPolicy.DESTROY)
          .build();
      logs.grantWrite(role);
      for (PolicyStatement statement : statements(spec.access(), data)) {
        role.addToPrincipalPolicy(statement);
      }

      Map<String, String> env = new LinkedHashMap<>();
      env.put("ROCKY_STATE_TABLE", data.state().getTableName());
      env.put("ROCKY_STATE_NAMESPACE", namespace);
      env.put("ROCKY_ARTIFACT_BUCKET", data.artifacts().getBucketName());
      env.put("ROCKY_ARTIFACT_PREFIX", FunctionSpec.ARTIFACTS);
      if (spec.access().warehouseSecret()) {
        // The functions that open the warehouse: its credentials, and DuckDB's file where that is the warehouse.
        env.put("ROCKY_WAREHOUSE_SECRET_ARN", data.warehouse().getSecretArn());
        env.put("ROCKY_DUCKDB_PATH", "/tmp/rocky.duckdb");
      }
      if (!spec.access().catalogPrefixes().isEmpty()) {
        env.put("ROCKY_CATALOG_BUCKET", data.catalog().getBucketName());
        env.put("ROCKY_CATALOG_PREFIX", spec.access().catalogPrefixes().get(0));
      }
      env.putAll(environment.getOrDefault(name, Map.of()));

      Function fn = Function.Builder.create(this, cid)
          .description("Rocky " + name + " (" + spec.handler() + ")")
          .runtime(Runtime.JAVA_21)
          .architecture(ARCHITECTURE)
          .handler(spec.handler())
          .code(code)
          .memorySize(spec.memoryMb())
          .timeout(Duration.seconds(spec.timeoutSeconds()))
          .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
          .role(role)
          .logGroup(logs)
          .environment(env)
          .build();
      // SnapStart applies to published versions; the alias points at currentVersion, which is one.
      Annotations.of(fn).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
          "invoked only through the live alias on the current published version");
      Alias alias = Alias.Builder.create(this, cid + "Live")
          .aliasName(ALIAS)
          .version(fn.getCurrentVersion())
          .build();
      functions.put(name, fn);
      aliases.put(name, alias);
      roles.put(name, role);
    }
  }

  /** The function's data permissions: named actions on named resources, nothing else. */
  static List<PolicyStatement> statements(FunctionSpec.Access access, DataStores data) {
    List<PolicyStatement> out = new ArrayList<>();
    List<String> tables = new ArrayList<>(List.of(data.state().getTableArn()));
    if (access.runsIndex()) {
      tables.add(data.state().getTableArn() + "/index/" + DataStores.RUNS_INDEX);
    }
    out.add(PolicyStatement.Builder.create().sid("StateTable").actions(access.tableActions()).resources(tables).build());
    if (!access.readPrefixes().isEmpty()) {
      out.add(PolicyStatement.Builder.create().sid("ReadObjects").actions(List.of("s3:GetObject"))
          .resources(access.readPrefixes().stream().map(p -> data.artifacts().arnForObjects(p + "*")).toList()).build());
    }
    if (!access.readPrefixes().isEmpty()) {
      // Without ListBucket S3 answers 403 rather than 404 for an absent key, and the artifact store
      // tells "absent" from "refused" by that status (exists, priming's head of an absent object).
      out.add(PolicyStatement.Builder.create().sid("AbsentIsNotFound").actions(List.of("s3:ListBucket"))
          .resources(List.of(data.artifacts().getBucketArn())).build());
    }
    if (!access.writePrefixes().isEmpty()) {
      out.add(PolicyStatement.Builder.create().sid("WriteObjects").actions(List.of("s3:PutObject"))
          .resources(access.writePrefixes().stream().map(p -> data.artifacts().arnForObjects(p + "*")).toList()).build());
    }
    if (!access.catalogPrefixes().isEmpty()) {
      out.add(PolicyStatement.Builder.create().sid("WriteCatalogSite").actions(List.of("s3:PutObject"))
          .resources(access.catalogPrefixes().stream().map(p -> data.catalog().arnForObjects(p + "*")).toList()).build());
    }
    if (access.warehouseSecret()) {
      out.add(PolicyStatement.Builder.create().sid("WarehouseSecret")
          .actions(List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"))
          .resources(List.of(data.warehouse().getSecretArn())).build());
    }
    return out;
  }

  public Alias alias(String name) {
    Alias alias = aliases.get(name);
    if (alias == null) {
      throw new IllegalArgumentException("no function '" + name + "' in " + aliases.keySet());
    }
    return alias;
  }

  /** Adds a variable known only once other parts exist (the API's state machine ARN). */
  public void addEnvironment(String name, String key, String value) {
    functions.get(name).addEnvironment(key, value);
  }

  /** Grants {@code name}'s role one more statement (the API's Step Functions actions). */
  public void grant(String name, PolicyStatement statement) {
    roles.get(name).addToPrincipalPolicy(statement);
  }

  public Map<String, Function> functions() {
    return Map.copyOf(functions);
  }

  public Map<String, Role> roles() {
    return Map.copyOf(roles);
  }
}

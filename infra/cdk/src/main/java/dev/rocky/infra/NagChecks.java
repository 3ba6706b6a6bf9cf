package dev.rocky.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import software.amazon.awscdk.Aspects;
import software.constructs.IConstruct;

/**
 * cdk-nag's AWS Solutions checks on the stack, with every suppression and its reason in one place
 * (infra/cdk/README.md lists them). A finding that is neither fixed nor suppressed is a synth error.
 * Wildcard findings (IAM5) are suppressed only for the exact resource patterns named here.
 */
public final class NagChecks {
  private static final String ARTIFACT_PREFIXES = "/^Resource::<DataArtifacts[0-9A-F]{8}\\.Arn>\\/(artifacts|snapshots|snapshots\\/ci|replays)\\/\\*$/g";
  private static final String CATALOG_PREFIX = "/^Resource::<DataCatalogSite[0-9A-F]{8}\\.Arn>\\/catalog\\/\\*$/g";
  private static final String EXECUTIONS = "/^Resource::arn:<AWS::Partition>:states:(<AWS::Region>|[a-z0-9-]+):(<AWS::AccountId>|[0-9]{12}):execution:<Workflows(Run|RunSegment)[0-9A-F]{8}\\.Name>:\\*$/g";

  private NagChecks() {}

  public static void apply(RockyStack stack) {
    Aspects.of(stack).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));

    suppress(stack.data().artifacts(), "AwsSolutions-S1", "only the stack's functions and CI (by IAM) touch the bucket; "
        + "CloudTrail data events record them where an account wants them, without a second bucket per deployment");
    suppress(stack.data().catalog(), "AwsSolutions-S1", "only CloudFront reads the bucket (origin access control); "
        + "viewer requests are CloudFront's to log");
    suppress(stack.data().warehouse(), "AwsSolutions-SMG4", "the warehouse issues and rotates its own credentials "
        + "(Databricks token, Snowflake key pair); the new value is put with put-secret-value");

    suppress(stack.functions(), "AwsSolutions-L1", "Java 21 is Rocky's language level and the SnapStart runtime it is "
        + "built and tested for (ARCHITECTURE.md)");
    suppressWildcards(stack.functions(), "objects are content-addressed keys under a prefix the function owns "
        + "(artifacts/, snapshots/, the replay verdicts under replays/); the prefix is the narrowest grant. "
        + "The govern function writes the catalog site's "
        + "files, named by the project's models, under catalog/ of the catalog bucket. The API describes executions "
        + "of the run workflow, whose names are made per run", ARTIFACT_PREFIXES, CATALOG_PREFIX, EXECUTIONS);

    suppress(stack.workflows(), "AwsSolutions-SF1", "logging ERROR events without execution data keeps CloudWatch cost "
        + "near zero and payloads (artifact keys, settings) out of the logs; the run record holds every model's outcome");
    suppress(stack.workflows(), "AwsSolutions-SF2", "X-Ray tracing needs xray:Put* on every resource and costs per "
        + "trace; the run record and the execution history already show each step");
    suppressWildcards(stack.workflows(), "CloudWatch Logs delivery actions (logs:CreateLogDelivery and others) act on "
        + "no resource type and take only '*'; the run workflow follows its segments' executions and branch "
        + "promotion its branch run's, named per run",
        "/^Resource::\\*$/g", EXECUTIONS);

    suppress(stack.runsApi(), "AwsSolutions-COG4", "the API is IAM-authorised (SigV4); its callers are AWS principals "
        + "(Dagster's role), not Cognito users");
    suppress(stack.runsApi(), "AwsSolutions-APIG1", "access logs need the account-wide API Gateway CloudWatch role, "
        + "which this stack does not own; the api function logs every request it answers");
    suppress(stack.runsApi(), "AwsSolutions-APIG6", "as APIG1: stage logging needs the account-wide role; the api "
        + "function logs every request");
    suppress(stack.runsApi(), "AwsSolutions-APIG2", "a proxy API: the api function validates every request against "
        + "docs/api/openapi.yaml and answers 400 with the API's error body");
    suppress(stack.runsApi(), "AwsSolutions-APIG3", "IAM authorisation refuses unsigned requests before the function "
        + "runs; a WAF web ACL would add a fixed monthly cost to a stack meant to cost nothing when idle");
    suppressWildcards(stack.runsApi(), "the callers' policy covers every route of this API's v1 stage",
        "/^Resource::arn:<AWS::Partition>:execute-api:(<AWS::Region>|[a-z0-9-]+):(<AWS::AccountId>|[0-9]{12}):<RunsApi[0-9A-F]{8}>\\/v1\\/\\*\\/\\*$/g");

    suppress(stack.catalogSite(), "AwsSolutions-CFR3", "a static documentation site; CloudFront standard logs cost "
        + "more than the site itself and can be enabled with a log bucket");
    suppress(stack.catalogSite(), "AwsSolutions-CFR4", "the default *.cloudfront.net certificate does not allow choosing "
        + "the minimum TLS version; with a custom domain and certificate, set TLSv1.2_2021");
    suppress(stack.catalogSite(), "AwsSolutions-CFR1", "the catalog has no country-specific content; restrict by "
        + "geography in the distribution if a team needs to");
    suppress(stack.catalogSite(), "AwsSolutions-CFR2", "a static, read-only site with no forms or API behind it; a WAF "
        + "web ACL would add a fixed monthly cost");
    suppressWildcards(stack.ciPolicy(), "CI uploads snapshots under snapshots/ci/ and reads content-addressed reports "
        + "under artifacts/; the prefixes are the narrowest grant", ARTIFACT_PREFIXES);
  }

  private static void suppress(IConstruct scope, String rule, String reason) {
    NagSuppressions.addResourceSuppressions(scope, List.of(NagPackSuppression.builder().id(rule).reason(reason).build()),
        true);
  }

  private static void suppressWildcards(IConstruct scope, String reason, String... patterns) {
    List<Object> appliesTo = java.util.Arrays.stream(patterns)
        .map(p -> (Object) RegexAppliesTo.builder().regex(p).build()).toList();
    NagSuppressions.addResourceSuppressions(scope, List.of(NagPackSuppression.builder().id("AwsSolutions-IAM5")
        .reason(reason).appliesTo(appliesTo).build()), true);
  }
}

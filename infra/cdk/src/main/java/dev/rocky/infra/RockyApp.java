package dev.rocky.infra;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * The CDK app {@code cdk synth} and {@code cdk deploy} run (see infra/cdk/README.md). Context
 * ({@code -c key=value}, or cdk.json):
 *
 * <ul>
 *   <li>{@code rocky:stackName} ({@code Rocky});
 *   <li>{@code rocky:bundle}: the Lambda bundle ({@code ../lambda-bundle/target/lambda});
 *   <li>{@code rocky:statemachines} ({@code ../../statemachines});
 *   <li>{@code rocky:project}: the project whose scheduled pipelines get schedules (none by default),
 *       with {@code rocky:config} ({@code rocky.toml});
 *   <li>{@code rocky:snapshotKey}: the project snapshot runs use ({@code snapshots/main.zip});
 *   <li>{@code rocky:namespace}: the project's namespace in the state table ({@code default});
 *   <li>{@code rocky:nag}: {@code false} skips cdk-nag's checks, for CI only, where {@code NagChecksTest}
 *       has just run them on the same stack ({@code true}).
 * </ul>
 *
 * A missing bundle or an unschedulable cron is reported in one line, exit code 1.
 */
public final class RockyApp {
  private RockyApp() {}

  public static void main(String[] args) {
    App app = new App();
    try {
      StackInputs inputs = inputs(app);
      RockyStack stack = new RockyStack(app, context(app, "rocky:stackName", "Rocky"), StackProps.builder()
          .env(Environment.builder()
              .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
              .region(System.getenv("CDK_DEFAULT_REGION"))
              .build())
          .description("Rocky: typed data pipelines on Lambda and Step Functions")
          .build(), inputs);
      if (!context(app, "rocky:nag", "true").equals("false")) {
        NagChecks.apply(stack);
      }
      app.synth();
    } catch (LambdaBundle.BundleMissing | IllegalArgumentException | IllegalStateException e) {
      System.err.println("rocky infra: " + e.getMessage());
      System.exit(1);
    }
  }

  static StackInputs inputs(App app) {
    LambdaBundle bundle = LambdaBundle.read(Path.of(context(app, "rocky:bundle", "../lambda-bundle/target/lambda")));
    Set<String> missing = new LinkedHashSet<>();
    for (FunctionSpec spec : FunctionSpec.all()) {
      if (!bundle.has(spec.handler())) {
        missing.add(spec.handler());
      }
    }
    String project = context(app, "rocky:project", "");
    String config = context(app, "rocky:config", "rocky.toml");
    List<ScheduledPipeline> schedules = project.isEmpty() ? List.of() : PipelineSchedules.read(Path.of(project), config);
    return new StackInputs(Code.fromAsset(bundle.dir().toString()), missing,
        Path.of(context(app, "rocky:statemachines", "../../statemachines")), schedules,
        context(app, "rocky:snapshotKey", "snapshots/main.zip"), config,
        context(app, "rocky:namespace", "default"), RetentionDays.ONE_MONTH);
  }

  private static String context(App app, String key, String fallback) {
    Object value = app.getNode().tryGetContext(key);
    return value == null ? fallback : value.toString();
  }
}

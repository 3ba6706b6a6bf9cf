package dev.rocky.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * Alarms on failed runs: an execution of the run workflow (or of a segment) that failed, timed out
 * or was aborted in the last five minutes. They notify the topic {@link #topic()}; subscribe to it.
 */
public final class Alarms extends Construct {
  private final Topic topic;

  public Alarms(Construct scope, String id, Workflows workflows) {
    super(scope, id);
    topic = Topic.Builder.create(this, "Topic").displayName("Rocky run alarms").enforceSsl(true).build();
    MetricOptions fiveMinutes = MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
    StateMachine run = workflows.run();
    alarm("RunFailed", run.metricFailed(fiveMinutes), "A Rocky run failed (compile errors, PartialFailure, Failure, RunAborted)");
    alarm("RunTimedOut", run.metricTimedOut(fiveMinutes), "A Rocky run timed out");
    alarm("RunAborted", run.metricAborted(fiveMinutes), "A Rocky run was stopped");
    alarm("SegmentFailed", workflows.segment().metricFailed(fiveMinutes),
        "A segment of a Rocky run failed for good (its bookkeeping could not be recorded)");
  }

  private void alarm(String id, Metric metric, String description) {
    Alarm alarm = Alarm.Builder.create(this, id)
        .alarmDescription(description)
        .metric(metric)
        .threshold(1)
        .evaluationPeriods(1)
        .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
        .treatMissingData(TreatMissingData.NOT_BREACHING)
        .build();
    alarm.addAlarmAction(new SnsAction(topic));
  }

  public Topic topic() {
    return topic;
  }

  static List<String> names() {
    return List.of("RunFailed", "RunTimedOut", "RunAborted", "SegmentFailed");
  }
}

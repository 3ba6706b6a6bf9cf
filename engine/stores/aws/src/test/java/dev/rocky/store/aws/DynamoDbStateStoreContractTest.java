package dev.rocky.store.aws;

import dev.rocky.core.port.StateStore;
import dev.rocky.store.aws.testing.FailingWrites;
import dev.rocky.store.aws.testing.LocalAws;
import dev.rocky.testkit.contract.StateStoreContract;
import java.time.Clock;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The shared state-store contract, against DynamoDB Local; each test in a namespace of its own. */
class DynamoDbStateStoreContractTest extends StateStoreContract {
  private static final FailingWrites FAULTS = new FailingWrites();
  private static final DynamoDbClient CLIENT = DynamoDbClient.builder()
      .endpointOverride(LocalAws.dynamoDbEndpoint()).region(Region.of(LocalAws.REGION))
      .credentialsProvider(LocalAws.credentials()).httpClient(UrlConnectionHttpClient.create())
      .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(FAULTS).build())
      .build();
  private static final String TABLE = LocalAws.newStateTable();

  @Override
  protected StateStore newStore(Clock clock) {
    FAULTS.disarm();
    return DynamoDbStateStore.builder().withClient(CLIENT).withTableName(TABLE)
        .withNamespace(LocalAws.unique("contract-")).withClock(clock).build();
  }

  @Override
  protected void failCommitsBeforeWatermark(StateStore store) {
    FAULTS.arm();
  }

  @Override
  protected void stopFailingCommits(StateStore store) {
    FAULTS.disarm();
  }
}

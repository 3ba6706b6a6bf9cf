package dev.rocky.store.aws.testing;

import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * A client-side fault: while armed, any request that would write a watermark item fails before
 * it leaves the client, as a dropped connection would. A store that wrote a commit's execution and
 * its watermark in two requests would be caught half-way; one transaction fails as a whole.
 */
public final class FailingWrites implements ExecutionInterceptor {
  private volatile boolean armed;

  public void arm() {
    armed = true;
  }

  public void disarm() {
    armed = false;
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    if (armed && writesAWatermark(context.request())) {
      throw SdkClientException.create("injected failure before the watermark write");
    }
  }

  private static boolean writesAWatermark(SdkRequest request) {
    return switch (request) {
      case PutItemRequest put -> isWatermark(put.item());
      case UpdateItemRequest update -> isWatermark(update.key());
      case TransactWriteItemsRequest transaction -> transaction.transactItems().stream().anyMatch(FailingWrites::isWatermark);
      default -> false;
    };
  }

  private static boolean isWatermark(TransactWriteItem item) {
    return (item.put() != null && isWatermark(item.put().item()))
        || (item.update() != null && isWatermark(item.update().key()));
  }

  private static boolean isWatermark(Map<String, AttributeValue> item) {
    AttributeValue pk = item.get("pk");
    return pk != null && pk.s() != null && pk.s().contains("#watermark#");
  }
}

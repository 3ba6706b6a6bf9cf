package dev.rocky.ai.bedrock;

import dev.rocky.core.ai.AiErrorCode;
import dev.rocky.core.ai.AiException;
import dev.rocky.core.ai.AiMessage;
import dev.rocky.core.ai.AiProvider;
import dev.rocky.core.ai.AiReply;
import dev.rocky.core.ai.AiRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrockruntime.model.BedrockRuntimeException;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.ValidationException;

/**
 * Amazon Bedrock's Converse API through the SDK's {@link BedrockRuntimeClient}: the same request
 * shape for every model Bedrock hosts. Signing (SigV4), the per-attempt timeout and the retries
 * (the SDK's standard strategy: 429 and 5xx with backoff) are the SDK's.
 */
public final class BedrockProvider implements AiProvider, AutoCloseable {
  private final BedrockRuntimeClient client;
  private final String model;

  public BedrockProvider(BedrockRuntimeClient client, String model) {
    this.client = Objects.requireNonNull(client, "client");
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * A client with credentials from {@code env}: {@code AWS_ACCESS_KEY_ID} and
   * {@code AWS_SECRET_ACCESS_KEY} when both are set, else the SDK's default chain.
   */
  public static BedrockProvider create(String region, @Nullable URI endpoint, Map<String, String> env, Duration timeout,
      int maxRetries, String model) {
    String id = env.get("AWS_ACCESS_KEY_ID");
    String secret = env.get("AWS_SECRET_ACCESS_KEY");
    AwsCredentialsProvider credentials = id != null && !id.isBlank() && secret != null && !secret.isBlank()
        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret))
        : DefaultCredentialsProvider.builder().build();
    return create(Region.of(region), endpoint, credentials, timeout, maxRetries, model);
  }

  /**
   * A client on the URL-connection HTTP client.
   *
   * @param endpoint another endpoint than the region's (a VPC endpoint, an emulation), or null
   * @param maxRetries retries after the first attempt
   */
  public static BedrockProvider create(Region region, @Nullable URI endpoint, AwsCredentialsProvider credentials,
      Duration timeout, int maxRetries, String model) {
    BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder()
        .region(region)
        .credentialsProvider(credentials)
        .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(timeout).connectionTimeout(timeout))
        .overrideConfiguration(o -> o
            .apiCallAttemptTimeout(timeout)
            .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(maxRetries + 1).build()));
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return new BedrockProvider(builder.build(), model);
  }

  @Override
  public String name() {
    return "bedrock";
  }

  @Override
  public AiReply complete(AiRequest request) {
    ConverseRequest converse = ConverseRequest.builder()
        .modelId(model)
        .system(SystemContentBlock.builder().text(request.system()).build())
        .messages(request.messages().stream().map(BedrockProvider::message).toList())
        .inferenceConfig(c -> c.maxTokens(request.maxTokens()))
        .build();
    ConverseResponse response;
    try {
      response = client.converse(converse);
    } catch (ThrottlingException e) {
      throw new AiException(AiErrorCode.AI_RATE_LIMITED, "Bedrock throttled the request: " + e.awsErrorDetails().errorMessage(),
          "wait and try again, or raise [ai] max_retries in rocky.toml");
    } catch (AccessDeniedException | ValidationException | ResourceNotFoundException e) {
      throw new AiException(AiErrorCode.AI_REQUEST_REJECTED, "Bedrock refused the request (" + e.statusCode() + "): "
          + e.awsErrorDetails().errorMessage(), "check [ai] model and region, and that the model is enabled for the account");
    } catch (BedrockRuntimeException e) {
      throw new AiException(AiErrorCode.AI_UNAVAILABLE, "Bedrock answered " + e.statusCode() + ": "
          + e.awsErrorDetails().errorMessage(), "the service is failing; try again later");
    } catch (SdkClientException e) {
      throw new AiException(AiErrorCode.AI_UNAVAILABLE, "cannot reach Bedrock: " + e.getMessage(),
          "check the network, [ai] region and endpoint, or raise [ai] timeout_seconds in rocky.toml");
    } catch (SdkException e) {
      throw new AiException(AiErrorCode.AI_UNAVAILABLE, "Bedrock failed: " + e.getMessage(), "try again later");
    }
    return reply(response);
  }

  private static AiReply reply(ConverseResponse response) {
    Message message = response.output() == null ? null : response.output().message();
    List<ContentBlock> content = message == null ? List.of() : message.content();
    StringBuilder text = new StringBuilder();
    for (ContentBlock block : content) {
      if (block.text() != null) {
        text.append(block.text());
      }
    }
    if (text.isEmpty()) {
      throw new AiException(AiErrorCode.AI_MALFORMED_RESPONSE, "Bedrock answered without any text block",
          "check that [ai] model is a text model; try again, or run with --debug");
    }
    return new AiReply(text.toString(), response.stopReasonAsString() == null ? "unknown" : response.stopReasonAsString());
  }

  private static Message message(AiMessage m) {
    ConversationRole role = m.role() == AiMessage.Role.USER ? ConversationRole.USER : ConversationRole.ASSISTANT;
    return Message.builder().role(role).content(ContentBlock.fromText(m.text())).build();
  }

  @Override
  public void close() {
    client.close();
  }
}

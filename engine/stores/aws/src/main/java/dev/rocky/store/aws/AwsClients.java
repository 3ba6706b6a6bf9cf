package dev.rocky.store.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the SDK clients the stores use: the URL-connection HTTP client (small, quick to start; no
 * Netty, no Apache client), the region given, and optionally an endpoint (DynamoDB Local, S3Proxy,
 * LocalStack) and credentials; without them, the SDK's defaults. An S3 endpoint implies path-style
 * addressing, which local S3 servers need.
 *
 * @param region e.g. {@code eu-west-1}
 * @param endpoint the service endpoint to use instead of AWS's, or null
 * @param credentials the credentials to sign with, or null for the default provider chain
 */
public record AwsClients(String region, @Nullable URI endpoint, @Nullable AwsCredentialsProvider credentials) {

  public AwsClients {
    Objects.requireNonNull(region, "region");
  }

  public DynamoDbClient dynamoDb() {
    DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClient(http()).region(Region.of(region));
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    if (credentials != null) {
      builder.credentialsProvider(credentials);
    }
    return builder.build();
  }

  public S3Client s3() {
    S3ClientBuilder builder = S3Client.builder().httpClient(http()).region(Region.of(region))
        .overrideConfiguration(c -> c.addExecutionInterceptor(new NoExpectContinue()));
    if (endpoint != null) {
      builder.endpointOverride(endpoint).forcePathStyle(true);
    }
    if (credentials != null) {
      builder.credentialsProvider(credentials);
    }
    return builder.build();
  }

  /**
   * Uploads without {@code Expect: 100-continue}. With it, the URL-connection client reads the
   * interim response while opening the request body, and a pooled connection the server has just
   * closed fails there ("Unexpected end of file from server") outside the SDK's retries; without it
   * the failure surfaces when the response is read, where the SDK retries it.
   */
  private static final class NoExpectContinue implements ExecutionInterceptor {
    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
      return context.httpRequest().firstMatchingHeader("Expect").isPresent()
          ? context.httpRequest().toBuilder().removeHeader("Expect").build()
          : context.httpRequest();
    }
  }

  private static SdkHttpClient http() {
    return UrlConnectionHttpClient.builder()
        .connectionTimeout(Duration.ofSeconds(5))
        .socketTimeout(Duration.ofSeconds(60))
        .build();
  }
}

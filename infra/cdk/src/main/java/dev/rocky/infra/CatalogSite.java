package dev.rocky.infra;

import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOriginWithOACProps;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

/**
 * The static catalog site: the private catalog bucket served by CloudFront through an origin
 * access control (the bucket policy admits only this distribution), HTTPS only. The site is what
 * the govern function's {@code publish} step writes under {@code catalog/}, the origin's path.
 */
public final class CatalogSite extends Construct {
  private final Distribution distribution;

  public CatalogSite(Construct scope, String id, Bucket site) {
    super(scope, id);
    distribution = Distribution.Builder.create(this, "Cdn")
        .comment("Rocky catalog site")
        .defaultRootObject("index.html")
        .priceClass(PriceClass.PRICE_CLASS_100)
        .httpVersion(HttpVersion.HTTP2_AND_3)
        .defaultBehavior(BehaviorOptions.builder()
            .origin(S3BucketOrigin.withOriginAccessControl(site, S3BucketOriginWithOACProps.builder()
                .originPath("/" + FunctionSpec.CATALOG.substring(0, FunctionSpec.CATALOG.length() - 1)).build()))
            .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
            .build())
        .build();
  }

  public Distribution distribution() {
    return distribution;
  }
}

package dev.assetsync.autoconfigure;

import software.amazon.awssdk.core.exception.SdkClientException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import dev.assetsync.publish.PublishException;

/**
 * Reports the two AWS settings the S3 client cannot do without, when the AWS SDK's default chains find none: the
 * region, which Spring Cloud AWS needs to create the client at startup, and the credentials, which the SDK looks for
 * at the first request (in the publish job, when it reads the manifest). Ahead of {@link PublishFailureAnalyzer}, so
 * that a publish that failed for want of credentials says how to give them.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class AwsClientFailureAnalyzer extends AbstractFailureAnalyzer<SdkClientException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SdkClientException cause) {
        String message = String.valueOf(cause.getMessage());
        boolean publishing = findCause(rootFailure, PublishException.class) != null;
        if (message.startsWith("Unable to load region")) {
            return new FailureAnalysis("No AWS region is set for the S3 client, and none was found in "
                    + "AWS_REGION, the aws.region system property, the profile in ~/.aws/config or the instance "
                    + "metadata.", "Set spring.cloud.aws.region.static to the bucket's region, for example "
                            + "--spring.cloud.aws.region.static=eu-west-1. If the application uses S3 only to "
                            + "publish its assets, set spring.cloud.aws.s3.enabled=false in application.yml and "
                            + "true in the publish profile, so that ordinary starts need no region.", cause);
        }
        if (message.startsWith("Unable to load credentials")) {
            return new FailureAnalysis((publishing ? "Publishing the static assets failed: no" : "No")
                    + " AWS credentials were found: none in AWS_ACCESS_KEY_ID and "
                    + "AWS_SECRET_ACCESS_KEY, the aws.accessKeyId system property, the profiles in ~/.aws, or a "
                    + "container or instance role.", "Give the job credentials in one of those places, or set "
                            + "spring.cloud.aws.credentials.access-key and spring.cloud.aws.credentials.secret-key."
                            + (publishing ? " Nothing was written: the previous release stays live." : ""), cause);
        }
        return null;
    }
}

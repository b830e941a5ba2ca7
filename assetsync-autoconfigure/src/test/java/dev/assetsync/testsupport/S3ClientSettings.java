package dev.assetsync.testsupport;

import java.net.URI;
import java.util.OptionalInt;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * How to build a plain SDK {@link S3Client} for the test server: path-style, {@code us-east-1}, the server's
 * static credentials, plus the few knobs tests turn.
 *
 * @param checksumCalculation when the SDK adds request checksums (SDK default: {@code WHEN_SUPPORTED})
 * @param checksumValidation  when the SDK asks for and checks response checksums (SDK default: {@code WHEN_SUPPORTED})
 * @param maxAttempts         attempts per call including the first; empty keeps the SDK's retry strategy as is
 */
public record S3ClientSettings(RequestChecksumCalculation checksumCalculation,
        ResponseChecksumValidation checksumValidation, OptionalInt maxAttempts) {

    /** The SDK's own defaults. */
    public static S3ClientSettings defaults() {
        return new S3ClientSettings(RequestChecksumCalculation.WHEN_SUPPORTED,
                ResponseChecksumValidation.WHEN_SUPPORTED, OptionalInt.empty());
    }

    public S3ClientSettings withChecksumCalculation(RequestChecksumCalculation calculation) {
        return new S3ClientSettings(calculation, checksumValidation, maxAttempts);
    }

    public S3ClientSettings withChecksumValidation(ResponseChecksumValidation validation) {
        return new S3ClientSettings(checksumCalculation, validation, maxAttempts);
    }

    public S3ClientSettings withMaxAttempts(int attempts) {
        return new S3ClientSettings(checksumCalculation, checksumValidation, OptionalInt.of(attempts));
    }

    public S3Client build(URI endpoint) {
        S3ClientBuilder builder = S3Client.builder()
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .region(S3TestServer.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY)))
                .requestChecksumCalculation(checksumCalculation)
                .responseChecksumValidation(checksumValidation);
        maxAttempts.ifPresent(attempts ->
                builder.overrideConfiguration(o -> o.retryStrategy(retry -> retry.maxAttempts(attempts))));
        return builder.build();
    }
}

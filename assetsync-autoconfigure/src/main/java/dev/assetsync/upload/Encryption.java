package dev.assetsync.upload;

/**
 * Server-side encryption asked for on every object written: uploads, multipart uploads and copies.
 *
 * @param algorithm "AES256" (SSE-S3), "aws:kms" (SSE-KMS), or null to leave it to the bucket's default
 * @param kmsKeyId KMS key for "aws:kms", or null for the account's default key
 */
public record Encryption(String algorithm, String kmsKeyId) {

    /** No encryption header: the bucket's default encryption applies. */
    public static final Encryption NONE = new Encryption(null, null);

    public Encryption {
        if (kmsKeyId != null && !"aws:kms".equals(algorithm)) {
            throw new IllegalArgumentException("A KMS key is only used with aws:kms encryption");
        }
    }
}

package dev.assetsync.upload;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** What a person can do about the S3 errors a publish commonly meets. */
final class S3ErrorHints {

    private S3ErrorHints() {
    }

    /** A hint starting with ". ", or an empty string when there is none. */
    static String forError(String code, int status, String message) {
        if (message != null && message.toLowerCase(Locale.ROOT).contains("encryption")) {
            return ". The store may not support the server-side encryption asked for: check "
                    + "assetsync.server-side-encryption and assetsync.kms-key-id, or remove them";
        }
        return forCode(code, status);
    }

    /** A hint starting with ". " for a request that got no answer from the store, or an empty string. */
    static String forClientFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return ". The store cannot be reached: check spring.cloud.aws.s3.endpoint (or, without it, the "
                        + "region and the network) and that the store is running";
            }
            if (cause instanceof SocketTimeoutException) {
                return ". The store took the connection but did not answer in time: check that "
                        + "spring.cloud.aws.s3.endpoint is an S3 endpoint and that it is not overloaded";
            }
        }
        return "";
    }

    /** A hint starting with ". ", or an empty string when there is none. */
    private static String forCode(String code, int status) {
        String hint = switch (code == null ? "" : code) {
            case "AccessDenied", "AllAccessDisabled" ->
                "the credentials may not read, list or write this bucket and prefix: check the IAM policy and "
                        + "spring.cloud.aws.credentials.*";
            case "InvalidAccessKeyId", "SignatureDoesNotMatch" ->
                "the credentials are not valid for this endpoint: check spring.cloud.aws.credentials.*";
            case "NoSuchBucket" -> "the bucket does not exist: check assetsync.bucket and the endpoint";
            case "BadDigest" -> "the bytes sent are not those that were hashed: the file changed while the job "
                    + "ran; publish again once it no longer changes";
            case "PermanentRedirect", "AuthorizationHeaderMalformed", "IllegalLocationConstraintException" ->
                "the bucket is in another region: set spring.cloud.aws.region.static to the bucket's region";
            case "AccessControlListNotSupported" ->
                "the bucket does not accept ACLs: remove assetsync.acl (grant access with a bucket policy)";
            case "NotImplemented", "InvalidArgument", "InvalidRequest" ->
                "if the store rejects the SDK's optional checksums, set assetsync.request-checksums=when-required";
            default -> (status >= 500) ? "the store kept failing after retries (assetsync.max-attempts)" : "";
        };
        return hint.isEmpty() ? "" : ". " + Character.toUpperCase(hint.charAt(0)) + hint.substring(1);
    }
}

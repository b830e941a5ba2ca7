package dev.assetsync.testsupport;

import java.util.Map;
import java.util.List;

/** The S3 operations a test needs to tell apart; everything else is {@link #OTHER}. */
public enum S3Operation {
    GET_OBJECT, HEAD_OBJECT, PUT_OBJECT, COPY_OBJECT,
    CREATE_MULTIPART_UPLOAD, UPLOAD_PART, COMPLETE_MULTIPART_UPLOAD, ABORT_MULTIPART_UPLOAD,
    LIST_OBJECTS_V2, DELETE_OBJECT, DELETE_OBJECTS, HEAD_BUCKET, CREATE_BUCKET, OTHER;

    /**
     * Classifies a path-style request. Sub-resource queries such as {@code ?acl} or {@code ?tagging}
     * make a request {@link #OTHER} even though it names a key.
     */
    static S3Operation classify(String method, String key, Map<String, List<String>> query,
            Map<String, List<String>> headers) {
        boolean onBucket = key.isEmpty();
        return switch (method) {
            case "GET" -> onBucket ? (query.containsKey("list-type") ? LIST_OBJECTS_V2 : OTHER)
                    : (query.isEmpty() || onlyResponseOverrides(query) ? GET_OBJECT : OTHER);
            case "HEAD" -> onBucket ? HEAD_BUCKET : HEAD_OBJECT;
            case "PUT" -> classifyPut(onBucket, query, headers);
            case "POST" -> classifyPost(onBucket, query);
            case "DELETE" -> onBucket ? OTHER
                    : (query.containsKey("uploadId") ? ABORT_MULTIPART_UPLOAD : DELETE_OBJECT);
            default -> OTHER;
        };
    }

    private static S3Operation classifyPut(boolean onBucket, Map<String, List<String>> query,
            Map<String, List<String>> headers) {
        if (onBucket) {
            return query.isEmpty() ? CREATE_BUCKET : OTHER;
        }
        if (query.containsKey("uploadId") && query.containsKey("partNumber")) {
            return UPLOAD_PART;
        }
        if (!query.isEmpty()) {
            return OTHER;
        }
        return headers.containsKey("x-amz-copy-source") ? COPY_OBJECT : PUT_OBJECT;
    }

    private static S3Operation classifyPost(boolean onBucket, Map<String, List<String>> query) {
        if (onBucket) {
            return query.containsKey("delete") ? DELETE_OBJECTS : OTHER;
        }
        if (query.containsKey("uploads")) {
            return CREATE_MULTIPART_UPLOAD;
        }
        return query.containsKey("uploadId") ? COMPLETE_MULTIPART_UPLOAD : OTHER;
    }

    // GetObject may carry response-content-type and friends, or a version id, and is still a GetObject.
    private static boolean onlyResponseOverrides(Map<String, List<String>> query) {
        return query.keySet().stream().allMatch(name -> name.startsWith("response-") || name.equals("versionId")
                || name.equals("partNumber") || name.startsWith("X-Amz-"));
    }
}

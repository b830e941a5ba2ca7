package dev.assetsync.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.assetsync.testsupport.S3TestServer;

/** {@code rclone sync --checksum}: compares MD5 with the listing's ETags, so new mtimes upload nothing. */
record Rclone() implements Tool {

    @Override
    public String name() {
        return "rclone --checksum";
    }

    @Override
    public List<String> command(Corpus corpus, URI endpoint, String bucket) {
        return List.of("rclone", "sync", "--checksum", corpus.staticFolder().toString(), "bench:" + bucket);
    }

    @Override
    public void configure(Map<String, String> environment, Path workDir, URI endpoint) {
        environment.putAll(Map.of("RCLONE_CONFIG", workDir.resolve("rclone.conf").toString(), "RCLONE_CONFIG_BENCH_TYPE", "s3",
                "RCLONE_CONFIG_BENCH_PROVIDER", "Other", "RCLONE_CONFIG_BENCH_ENDPOINT", endpoint.toString(),
                "RCLONE_CONFIG_BENCH_REGION", S3TestServer.REGION.id(),
                "RCLONE_CONFIG_BENCH_ACCESS_KEY_ID", S3TestServer.ACCESS_KEY,
                "RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY", S3TestServer.SECRET_KEY,
                "RCLONE_CONFIG_BENCH_FORCE_PATH_STYLE", "true"));
        // The endpoint is plain HTTP on loopback; rclone refuses to start with a CA bundle for it.
        environment.remove("AWS_CA_BUNDLE");
    }
}

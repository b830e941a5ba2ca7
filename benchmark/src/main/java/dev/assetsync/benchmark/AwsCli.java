package dev.assetsync.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.assetsync.testsupport.S3TestServer;

/** {@code aws s3 sync}, with its default settings (10 requests at once). */
record AwsCli() implements Tool {

    @Override
    public String name() {
        return "aws s3 sync";
    }

    @Override
    public List<String> command(Corpus corpus, URI endpoint, String bucket) {
        return List.of("aws", "--endpoint-url", endpoint.toString(), "s3", "sync", "--only-show-errors",
                corpus.staticFolder().toString(), "s3://" + bucket + "/");
    }

    @Override
    public void configure(Map<String, String> environment, Path workDir, URI endpoint) {
        Path config = workDir.resolve("aws-config");
        try {
            Files.writeString(config, "[default]\ns3 =\n    addressing_style = path\n");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        environment.putAll(Map.of("AWS_ACCESS_KEY_ID", S3TestServer.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", S3TestServer.SECRET_KEY,
                "AWS_DEFAULT_REGION", S3TestServer.REGION.id(), "AWS_CONFIG_FILE", config.toString(),
                // Only the checksums S3 requires: newer CLIs add CRC checksums that cost CPU and S3Proxy ignores.
                "AWS_REQUEST_CHECKSUM_CALCULATION", "when_required", "AWS_PAGER", ""));
        // The endpoint is plain HTTP on loopback; a CA bundle configured for real AWS does not apply.
        environment.remove("AWS_CA_BUNDLE");
    }
}

package dev.assetsync.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.assetsync.testsupport.S3TestServer;

/**
 * The sample app's publish job from its packaged jar, started as a deploy starts it ({@code java -jar}), with the
 * corpus folder as its only static location, so that it publishes exactly the files the other tools sync, and the
 * S3 endpoint given explicitly.
 *
 * @param name the name in the results table
 * @param java the {@code java} executable it runs on
 * @param jar the sample app's jar
 * @param jvmOptions options before the jar, e.g. {@code -Xmx256m}
 * @param settings extra {@code --name=value} arguments
 */
record AssetSyncJob(String name, Path java, Path jar, List<String> jvmOptions, List<String> settings) implements Tool {

    @Override
    public List<String> command(Corpus corpus, URI endpoint, String bucket) {
        List<String> command = new ArrayList<>();
        command.add(this.java.toString());
        command.addAll(this.jvmOptions);
        command.addAll(List.of("-jar", this.jar.toString(), "--spring.profiles.active=publish",
                "--spring.web.resources.static-locations=file:" + corpus.staticFolder() + "/",
                "--spring.cloud.aws.s3.endpoint=" + endpoint, "--spring.cloud.aws.s3.path-style-access-enabled=true",
                "--spring.cloud.aws.region.static=" + S3TestServer.REGION.id(),
                "--spring.cloud.aws.credentials.access-key=" + S3TestServer.ACCESS_KEY,
                "--spring.cloud.aws.credentials.secret-key=" + S3TestServer.SECRET_KEY,
                "--assetsync.bucket=" + bucket,
                // The sample app leaves the WebJars' single icons out; the corpus is published whole.
                "--assetsync.exclude="));
        command.addAll(this.settings);
        return command;
    }

    @Override
    public void configure(Map<String, String> environment, Path workDir, URI endpoint) {
        // Everything is on the command line.
    }
}

package dev.assetsync.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A program that puts the corpus into a bucket, run as a separate process as a deploy would run it. */
interface Tool {

    String name();

    /** The command that syncs the corpus to {@code bucket} on {@code endpoint}. */
    List<String> command(Corpus corpus, URI endpoint, String bucket);

    /** Sets the environment variables the command needs (credentials, configuration) in {@code environment}. */
    void configure(Map<String, String> environment, Path workDir, URI endpoint);
}

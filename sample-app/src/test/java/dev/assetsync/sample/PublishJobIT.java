package dev.assetsync.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.StoredObject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged sample app's publish job, as a deploy would, against a real S3 API on loopback.
 */
class PublishJobIT {

    private static final Path JAR = PublishJob.packagedJar();

    private static final String BUCKET = "sample-it";

    private static final String MANIFEST = "static/assetsync-manifest.json";

    private static final String BOOTSTRAP = "webjars/bootstrap/5.3.8/";

    private static final String HASHED_CACHE = "public, max-age=31536000, immutable";

    private static final String UNHASHED_CACHE = "public, max-age=300";

    /** A file outside the jar, in an extra static location, that changes between runs like an asset would. */
    private static final String CHANGING = "release/version.txt";

    @Test
    void firstRunUploadsEverythingSecondNothingThirdOnlyTheChangedFile(@TempDir Path work) throws Exception {
        Path extra = work.resolve("extra");
        Path changing = extra.resolve(CHANGING);
        Files.createDirectories(changing.getParent());
        Files.writeString(changing, "release 1\n");
        Set<String> release = new TreeSet<>(ReleaseFiles.of(JAR));
        release.add(CHANGING);
        int files = release.size();
        try (S3TestServer s3 = S3TestServer.start()) {
            BucketContents bucket = s3.createBucket(BUCKET);
            PublishJob job = new PublishJob(JAR, work);
            String[] arguments = arguments(s3, extra);

            PublishJob.Result first = job.run(arguments);
            assertThat(first.exitCode()).as(first.output()).isZero();
            assertThat(first.summary()).matches(line("Published s3://" + BUCKET + "/static/ " + files
                    + " files ({size}): " + files + " new, 0 changed, 0 unchanged; wrote " + (2 * files)
                    + " objects ({size}) and the manifest; {n} requests in {s} s"));
            Map<String, StoredObject> objects = bucket.objects();
            assertThat(objects.keySet()).containsExactlyInAnyOrderElementsOf(expectedKeys(release, objects));
            assertRewrittenAndStored(objects);
            assertLinksResolve(bucket, objects);

            s3.log().clear();
            PublishJob.Result second = job.run(arguments);
            assertThat(second.exitCode()).as(second.output()).isZero();
            assertThat(second.summary()).matches(line("Published s3://" + BUCKET + "/static/ " + files
                    + " files ({size}): 0 new, 0 changed, " + files
                    + " unchanged; wrote 0 objects (0 B), manifest unchanged; 1 request in {s} s"));
            List<RecordedRequest> requests = s3.log().requests();
            assertThat(requests).hasSize(1);
            assertThat(requests.get(0).operation()).isEqualTo(S3Operation.GET_OBJECT);
            assertThat(requests.get(0).key()).isEqualTo(MANIFEST);

            Files.writeString(changing, "release 2\n");
            s3.log().clear();
            PublishJob.Result third = job.run(arguments);
            assertThat(third.exitCode()).as(third.output()).isZero();
            assertThat(third.summary()).matches(line("Published s3://" + BUCKET + "/static/ " + files
                    + " files ({size}): 0 new, 1 changed, " + (files - 1)
                    + " unchanged; wrote 2 objects (20 B) and the manifest; {n} requests in {s} s"));
            String hashed = "static/release/version." + hash("release 2\n".getBytes(StandardCharsets.UTF_8)) + ".txt";
            assertThat(s3.log().keysWritten()).containsExactly(hashed, "static/" + CHANGING, MANIFEST);
            assertThat(bucket.object(hashed).text()).isEqualTo("release 2\n");
            assertThat(bucket.object("static/" + CHANGING).text()).isEqualTo("release 2\n");
            LinkCheck.of(bucket, "static/").assertPasses();
        }
    }

    @Test
    void withoutAnEndpointPublishesToTheLocalOneAndFindsItAgain(@TempDir Path work) throws Exception {
        Path data = work.resolve("local-s3");
        PublishJob job = new PublishJob(JAR, work);
        int files = ReleaseFiles.of(JAR).size();

        PublishJob.Result first = job.run("--spring.profiles.active=publish", "--sample.local-s3.data-dir=" + data);
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).containsPattern(Pattern.quote(
                "No spring.cloud.aws.s3.endpoint given: publishing to a local S3 endpoint at http://127.0.0.1:")
                + "\\d+" + Pattern.quote(" (data in " + data + ")"));
        assertThat(first.summary()).matches(line("Published s3://sample-assets/static/ " + files + " files ({size}): "
                + files + " new, 0 changed, 0 unchanged; wrote " + (2 * files)
                + " objects ({size}) and the manifest; {n} requests in {s} s"));
        assertThat(data.resolve("sample-assets").resolve(MANIFEST)).isRegularFile();

        PublishJob.Result second = job.run("--spring.profiles.active=publish", "--sample.local-s3.data-dir=" + data);
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.summary()).matches(line("Published s3://sample-assets/static/ " + files
                + " files ({size}): 0 new, 0 changed, " + files
                + " unchanged; wrote 0 objects (0 B), manifest unchanged; 1 request in {s} s"));
    }

    private static String[] arguments(S3TestServer s3, Path extraLocation) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=publish",
                "--assetsync.bucket=" + BUCKET,
                "--spring.web.resources.static-locations=classpath:/META-INF/resources/,classpath:/resources/,"
                        + "classpath:/static/,classpath:/public/," + extraLocation.toUri()));
        s3.springCloudAwsProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments.toArray(String[]::new);
    }

    /** Every logical path twice, under its own name and its hashed name with the same bytes, and the manifest. */
    private static Set<String> expectedKeys(Set<String> release, Map<String, StoredObject> objects) {
        Set<String> keys = new TreeSet<>(Set.of(MANIFEST));
        for (String path : release) {
            StoredObject unhashed = objects.get("static/" + path);
            assertThat(unhashed).as("static/" + path).isNotNull();
            String hashedKey = "static/" + hashedPath(path, hash(unhashed.bytes()));
            assertThat(objects.get(hashedKey)).as(hashedKey).isNotNull();
            assertThat(objects.get(hashedKey).bytes()).as(hashedKey).isEqualTo(unhashed.bytes());
            keys.add(unhashed.key());
            keys.add(hashedKey);
        }
        return keys;
    }

    private static void assertRewrittenAndStored(Map<String, StoredObject> objects) throws IOException {
        String theme = hashOf(objects, "css/theme.css");
        String eot = hashOf(objects, "fonts/sample-mark.eot");
        assertThat(objects.get("static/css/app.css").text()).isEqualTo(source("css/app.css")
            .replace("\"theme.css\"", "\"theme." + theme + ".css\"")
            .replace("sample-mark.eot\"", "sample-mark." + eot + ".eot\"")
            .replace("sample-mark.eot?#iefix", "sample-mark." + eot + ".eot?#iefix")
            .replace("sample-mark.woff2", "sample-mark." + hashOf(objects, "fonts/sample-mark.woff2") + ".woff2")
            .replace("sample-mark.ttf", "sample-mark." + hashOf(objects, "fonts/sample-mark.ttf") + ".ttf"));
        assertThat(objects.get("static/css/theme.css").text()).isEqualTo(source("css/theme.css")
            .replace("../img/paper.png", "../img/paper." + hashOf(objects, "img/paper.png") + ".png")
            .replace("../img/waves.svg", "../img/waves." + hashOf(objects, "img/waves.svg") + ".svg"));
        assertThat(objects.get("static/" + BOOTSTRAP + "dist/css/bootstrap.min.css").text())
            .endsWith("/*# sourceMappingURL=bootstrap.min.css."
                    + hashOf(objects, BOOTSTRAP + "dist/css/bootstrap.min.css.map") + ".map */");

        String appCss = "static/css/app." + hashOf(objects, "css/app.css") + ".css";
        assertStored(objects.get(appCss), "text/css; charset=utf-8", HASHED_CACHE);
        assertStored(objects.get("static/css/app.css"), "text/css; charset=utf-8", UNHASHED_CACHE);
        assertThat(objects.get(appCss).bytes()).isEqualTo(objects.get("static/css/app.css").bytes());
        assertStored(objects.get("static/js/app.js"), "text/javascript; charset=utf-8", UNHASHED_CACHE);
        assertStored(objects.get("static/fonts/sample-mark.woff2"), "font/woff2", UNHASHED_CACHE);
        assertStored(objects.get("static/img/paper.png"), "image/png", UNHASHED_CACHE);
        assertStored(objects.get("static/favicon.ico"), "image/x-icon", UNHASHED_CACHE);
        assertStored(objects.get("static/" + BOOTSTRAP + "dist/css/bootstrap.min.css"), "text/css; charset=utf-8",
                UNHASHED_CACHE);
        assertThat(objects.get(MANIFEST).cacheControl()).contains("no-cache");
        assertThat(objects.get("static/img/paper.png").bytes()).isEqualTo(sourceBytes("img/paper.png"));
    }

    /**
     * Every stylesheet and script of the bucket loads what it names, and every hashed name matches its bytes; the
     * app's own stylesheets are among what the check followed: the @import, the font with {@code ?#iefix} and the
     * images two levels below the page.
     */
    private static void assertLinksResolve(BucketContents bucket, Map<String, StoredObject> objects) {
        LinkCheck.Result links = LinkCheck.of(bucket, "static/").assertPasses();
        String appCss = "static/css/app." + hashOf(objects, "css/app.css") + ".css";
        String themeCss = "static/css/theme." + hashOf(objects, "css/theme.css") + ".css";
        String eot = "static/fonts/sample-mark." + hashOf(objects, "fonts/sample-mark.eot") + ".eot";
        assertThat(links.from(appCss)).extracting(LinkCheck.Reference::target).containsExactly(themeCss, eot, eot,
                "static/fonts/sample-mark." + hashOf(objects, "fonts/sample-mark.woff2") + ".woff2",
                "static/fonts/sample-mark." + hashOf(objects, "fonts/sample-mark.ttf") + ".ttf");
        assertThat(links.from(appCss)).extracting(LinkCheck.Reference::written)
            .contains("../fonts/" + eot.substring("static/fonts/".length()) + "?#iefix");
        assertThat(links.from(themeCss)).extracting(LinkCheck.Reference::target).containsExactly(
                "static/img/paper." + hashOf(objects, "img/paper.png") + ".png",
                "static/img/waves." + hashOf(objects, "img/waves.svg") + ".svg");
        assertThat(links.from("static/" + BOOTSTRAP + "dist/css/bootstrap.min.css"))
            .extracting(LinkCheck.Reference::target)
            .containsExactly("static/" + BOOTSTRAP + "dist/css/bootstrap.min.css."
                    + hashOf(objects, BOOTSTRAP + "dist/css/bootstrap.min.css.map") + ".map");
    }

    private static void assertStored(StoredObject object, String contentType, String cacheControl) {
        assertThat(object.contentType()).as(object.key()).isEqualTo(contentType);
        assertThat(object.cacheControl()).as(object.key()).isEqualTo(Optional.of(cacheControl));
        assertThat(object.contentEncoding()).as(object.key()).isEmpty();
    }

    /**
     * The summary line as a regular expression: {@code {size}}, {@code {n}} and {@code {s}} stand for any size,
     * count and duration; the rest is exact.
     */
    private static String line(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = Pattern.compile("\\{(size|n|s)}").matcher(template);
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(template.substring(last, placeholder.start())));
            regex.append(switch (placeholder.group(1)) {
                case "size" -> "[0-9.]+ (B|KiB|MiB)";
                case "n" -> "\\d+";
                default -> "[0-9.]+";
            });
            last = placeholder.end();
        }
        return regex.append(Pattern.quote(template.substring(last))).toString();
    }

    private static String hashOf(Map<String, StoredObject> objects, String path) {
        return hash(objects.get("static/" + path).bytes());
    }

    /** The hash in a hashed name: the first 12 hex digits of the MD5 of the published bytes. */
    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)).substring(0, 12);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has MD5", ex);
        }
    }

    /** {@code a/b.min.css} becomes {@code a/b.min.<hash>.css}; a name without extension gets it appended. */
    private static String hashedPath(String path, String hash) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return (dot > slash + 1) ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
    }

    private static String source(String path) throws IOException {
        return new String(sourceBytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] sourceBytes(String path) throws IOException {
        try (InputStream in = PublishJobIT.class.getResourceAsStream("/static/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}

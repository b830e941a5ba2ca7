package dev.assetsync.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import dev.assetsync.testsupport.S3TestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path a user's page takes, in a real browser: the packaged app's publish job writes the assets to S3
 * (with gzip variants), the app starts as a web app with {@code assetsync.public-url} pointing at a CDN stand-in in
 * front of that bucket, and headless Chromium loads the page. The page's own script reports what applied.
 */
class BrowserCheckIT {

    private static final Path JAR = PublishJob.packagedJar();

    private static final String BUCKET = "sample-browser";

    private static final String PREFIX = "static/";

    private static final Pattern ASSET_LINK = Pattern.compile("<(?:link|script|img)\\b[^>]*?(?:href|src)=\"([^\"]+)\"");

    @Test
    void pageLoadsEveryAssetFromTheBucketAndTheyApply(@TempDir Path work) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.findOrSkip();
        try (S3TestServer s3 = S3TestServer.start(); S3Client client = s3.newClient()) {
            s3.createBucket(BUCKET);
            PublishJob.Result publish = new PublishJob(JAR, work).run(publishArguments(s3));
            assertThat(publish.exitCode()).as(publish.output()).isZero();

            try (CdnStandIn cdn = CdnStandIn.start(client, BUCKET, PREFIX, PREFIX + "assetsync-manifest.json");
                    WebApp app = WebApp.start(JAR, work, "--assetsync.public-url=" + cdn.url(PREFIX))) {
                String dom = chromium.dumpDom(app.url("/"), work);

                List<String> links = assetLinks(dom);
                assertThat(links).as(dom).hasSizeGreaterThanOrEqualTo(6)
                    .allSatisfy((link) -> assertThat(link).startsWith(cdn.url(PREFIX)));
                assertThat(links).anySatisfy((link) -> assertThat(link).matches(
                        Pattern.quote(cdn.url(PREFIX)) + "css/app\\.[0-9a-f]{12}\\.css"));
                assertThat(dom).as(dom).contains("data-stylesheet=\"applied\"", "data-theme=\"applied\"",
                        "data-webjar=\"applied\"", "data-font=\"applied\"", "data-icon-font=\"applied\"",
                        "data-assets-ready=\"yes\"", "Stylesheets, fonts, images and this script are loaded.");

                List<CdnStandIn.Served> served = cdn.served();
                assertThat(served).as("requests to the bucket").allSatisfy(
                        (request) -> assertThat(request.status()).as(request.key()).isEqualTo(200));
                assertThat(served).extracting(CdnStandIn.Served::key).map(BrowserCheckIT::unhashed)
                    .contains("static/css/app.css", "static/css/theme.css", "static/js/app.js",
                            "static/fonts/sample-mark.woff2", "static/img/waves.svg", "static/img/paper.png",
                            "static/img/logo.svg", "static/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css",
                            "static/webjars/bootstrap/5.3.8/dist/js/bootstrap.bundle.min.js",
                            "static/webjars/bootstrap-icons/1.13.1/font/bootstrap-icons.min.css",
                            "static/webjars/bootstrap-icons/1.13.1/font/fonts/bootstrap-icons.woff2");
                // The browser decoded the gzip variants: the stylesheets above applied from them.
                assertThat(served).filteredOn((request) -> request.key().endsWith(".css"))
                    .allSatisfy((request) -> assertThat(request.contentEncoding()).as(request.key())
                        .isIn("gzip", "br"));
                assertThat(served).filteredOn((request) -> request.key().endsWith(".png")
                        || request.key().endsWith(".woff2"))
                    .allSatisfy((request) -> assertThat(request.contentEncoding()).as(request.key()).isNull());
            }
        }
    }

    private static String[] publishArguments(S3TestServer s3) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=publish",
                "--assetsync.bucket=" + BUCKET, "--assetsync.compression=gzip"));
        s3.springCloudAwsProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments.toArray(String[]::new);
    }

    private static List<String> assetLinks(String dom) {
        List<String> links = new ArrayList<>();
        Matcher matcher = ASSET_LINK.matcher(dom);
        while (matcher.find()) {
            String link = matcher.group(1).replace("&amp;", "&");
            if (!link.equals("/")) {
                links.add(link);
            }
        }
        return links;
    }

    /** {@code css/app.0123456789ab.css} → {@code css/app.css}, to name what was fetched whatever its hash. */
    private static String unhashed(String key) {
        return key.replaceFirst("\\.[0-9a-f]{12}(\\.[^./]+)?$", "$1");
    }
}

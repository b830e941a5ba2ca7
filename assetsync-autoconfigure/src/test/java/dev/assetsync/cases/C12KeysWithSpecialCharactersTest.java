package dev.assetsync.cases;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertOneRequestNothingWritten;
import static dev.assetsync.cases.PublishedStep.assertPublished;
import static org.assertj.core.api.Assertions.assertThat;

/** C12: names with space, +, @, %, parentheses are published under their raw names and served by those names. */
@ExtendWith(S3TestServerExtension.class)
class C12KeysWithSpecialCharactersTest {

    @Test
    void rawKeysRoundTripAndAreServedUnderTheirEncodedUrls(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C12-keys-with-space-plus-at-percent");

        cases.publish("r1");
        assertPublished(cases, server, "step1");
        assertThat(cases.bucket().keys()).noneMatch((key) -> key.contains("%20") || key.contains("%2B")
                || key.contains("%40") || key.contains("home profile"));

        server.log().clear();
        PublishReport second = cases.publish("r1");
        assertOneRequestNothingWritten(server.log(), second);

        server.log().clear();
        PublishReport verified = cases.publish("r1", CaseSettings::verifying);
        assertThat(server.log().count(S3Operation.LIST_OBJECTS_V2)).isEqualTo(1);
        assertThat(server.log().writes()).isEmpty();
        assertThat(verified.unchangedFiles()).isEqualTo(7);

        String plus = PREFIX + "css/home+profile.7ca691824122.css";
        String space = PREFIX + "img/hero banner.c48240b00185.png";
        cases.bucket().makePublicRead(plus);
        cases.bucket().makePublicRead(space);
        String bucketPath = "/" + cases.bucket().name() + "/" + PREFIX;
        HttpResponse<byte[]> plusResponse = server.httpGet(bucketPath + "css/home%2Bprofile.7ca691824122.css");
        HttpResponse<byte[]> spaceResponse = server.httpGet(bucketPath + "img/hero%20banner.c48240b00185.png");
        HttpResponse<byte[]> spaceForPlus = server.httpGet(bucketPath + "css/home%20profile.7ca691824122.css");

        assertThat(plusResponse.statusCode()).isEqualTo(200);
        assertThat(plusResponse.body()).isEqualTo(cases.bucket().object(plus).bytes());
        assertThat(spaceResponse.statusCode()).isEqualTo(200);
        assertThat(spaceResponse.body()).isEqualTo(cases.bucket().object(space).bytes());
        assertThat(spaceForPlus.statusCode()).isEqualTo(404);
    }

    /** Other characters that URLs, signatures or listings treat specially, referenced raw and percent-encoded. */
    @Test
    void otherReservedAndNonAsciiCharactersKeepTheirRawNames(S3TestServer server, @TempDir Path release)
            throws IOException {
        List<String> names = List.of("img/a&b=c.png", "img/semi;colon,comma.png", "img/tilde~[1].png",
                "img/caf\u00e9 \u00fcber.png", "img/\u65e5\u672c.png", "img/hash#sign.png", "img/dollar$quote'.png");
        Path statics = Files.createDirectories(release.resolve("classes/static"));
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            Path file = statics.resolve(names.get(i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, "image " + i);
        }
        css.append(".a { background: url(\"../img/a%26b%3Dc.png\"); }\n")
            .append(".b { background: url('../img/semi;colon,comma.png'); }\n")
            .append(".c { background: url(\"../img/caf%C3%A9%20%C3%BCber.png\"); }\n")
            .append(".d { background: url(\"../img/%E6%97%A5%E6%9C%AC.png\"); }\n")
            .append(".e { background: url(\"../img/hash%23sign.png\"); }\n");
        Files.createDirectories(statics.resolve("css"));
        Files.writeString(statics.resolve("css/site.css"), css);
        CasePublisher cases = new CasePublisher(server, "C12-keys-with-space-plus-at-percent");

        cases.publish(release, (settings) -> settings);

        LinkCheck.of(cases.bucket(), PREFIX).assertPasses();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String hash = md5("image " + i).substring(0, 12);
            int dot = name.lastIndexOf('.');
            String hashed = name.substring(0, dot) + "." + hash + name.substring(dot);
            assertThat(cases.bucket().object(PREFIX + name).text()).as(name).isEqualTo("image " + i);
            assertThat(cases.bucket().object(PREFIX + hashed).text()).as(hashed).isEqualTo("image " + i);
        }
        String rewritten = cases.bucket().object(PREFIX + "css/site.css").text();
        assertThat(rewritten).contains("url(\"../img/a%26b%3Dc." + md5("image 0").substring(0, 12) + ".png\")")
            .contains("url('../img/semi;colon,comma." + md5("image 1").substring(0, 12) + ".png')")
            .contains("url(\"../img/caf%C3%A9%20%C3%BCber." + md5("image 3").substring(0, 12) + ".png\")")
            .contains("url(\"../img/%E6%97%A5%E6%9C%AC." + md5("image 4").substring(0, 12) + ".png\")")
            .contains("url(\"../img/hash%23sign." + md5("image 5").substring(0, 12) + ".png\")");

        server.log().clear();
        assertOneRequestNothingWritten(server.log(), cases.publish(release, (settings) -> settings));
        server.log().clear();
        cases.publish(release, CaseSettings::verifying);
        assertThat(server.log().writes()).isEmpty();
    }

    private static String md5(String text) {
        return BucketContents.md5Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}

package dev.assetsync.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** An ordinary start: the web app serves its page and assets, and needs no AWS settings. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Test
    void pageLinksItsAssetsAndTheWebJarsByVersion() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css\"")
            .contains("href=\"/webjars/bootstrap-icons/1.13.1/font/bootstrap-icons.min.css\"")
            .contains("href=\"/css/app.css\"")
            .contains("src=\"/img/logo.svg\"")
            .contains("src=\"/webjars/bootstrap/5.3.8/dist/js/bootstrap.bundle.min.js\"")
            .contains("src=\"/js/app.js\"");
    }

    @Test
    void servesTheLinkedAssets() throws Exception {
        assertThat(get("/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/bootstrap-icons/1.13.1/font/fonts/bootstrap-icons.woff2").statusCode())
            .isEqualTo(200);
        assertThat(get("/css/app.css").body()).startsWith("@import \"theme.css\";");
        assertThat(get("/fonts/sample-mark.eot").statusCode()).isEqualTo(200);
        assertThat(get("/favicon.ico").statusCode()).isEqualTo(200);
    }

    @Test
    void startsWithoutAnS3Client() {
        assertThat(this.context.getBeanProvider(S3Client.class).getIfAvailable()).isNull();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package dev.assetsync.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the shared real-world cases from the test classpath. */
final class CaseInputs {

    private CaseInputs() {
    }

    static Path caseFolder(String name) {
        URL url = CaseInputs.class.getResource("/cases/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No case " + name + " on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The release's classes folder first, then its jars in file name order; nothing of the test classpath. */
    static URLClassLoader classLoader(Path release) throws IOException {
        List<URL> urls = new ArrayList<>();
        Path classes = release.resolve("classes");
        if (Files.isDirectory(classes)) {
            urls.add(classes.toUri().toURL());
        }
        Path jars = release.resolve("jars");
        if (Files.isDirectory(jars)) {
            try (Stream<Path> files = Files.list(jars)) {
                for (Path jar : files.sorted().toList()) {
                    urls.add(toUrl(jar));
                }
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        }
        catch (MalformedURLException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    /** Key → MD5 of the rows of an expected {@code *-bucket.tsv}. */
    static Map<String, String> bucketMd5s(Path bucketTsv) throws IOException {
        Map<String, String> md5s = new LinkedHashMap<>();
        for (String line : Files.readAllLines(bucketTsv)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] columns = line.split("\t");
                md5s.put(columns[0], columns[2]);
            }
        }
        return md5s;
    }

    /** The logical paths of an expected {@code *-manifest.tsv}, in file order. */
    static List<String> manifestPaths(Path manifestTsv) throws IOException {
        return Files.readAllLines(manifestTsv).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t")[0])
                .toList();
    }

    static byte[] bytes(AssetContent content) {
        try (InputStream in = content.open()) {
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String md5(AssetContent content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes(content)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

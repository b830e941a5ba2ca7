package dev.assetsync.collect;

import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A classpath jar: a plain file, or a {@code jar:} URL such as Spring Boot's
 * {@code jar:nested:/app.jar/!BOOT-INF/lib/theme.jar!/} for a jar nested in an executable jar.
 * Only the archive's central directory is read to list it, so jars without directory entries are
 * listed completely and no entry is opened unless its content is asked for.
 */
final class ArchiveRoot implements ClasspathRoot {

    /** Opens the archive afresh; the caller closes it. */
    @FunctionalInterface
    interface Opener {

        ZipFile open() throws IOException;
    }

    private final String label;
    private final String source;
    private final Opener opener;
    private final String innerPrefix;

    /**
     * @param label names the archive for people
     * @param source names the archive exactly, for error messages
     * @param opener opens the archive
     * @param innerPrefix the folder inside the archive that is the classpath root, or empty
     */
    ArchiveRoot(String label, String source, Opener opener, String innerPrefix) {
        this.label = label;
        this.source = source;
        this.opener = opener;
        this.innerPrefix = innerPrefix;
    }

    static ArchiveRoot ofFile(Path jar) {
        return new ArchiveRoot(jar.getFileName().toString(), jar.toString(), () -> new ZipFile(jar.toFile()), "");
    }

    /**
     * Opens the archive a {@code jar:} URL points into; the part after its {@code !/}, if any, is the root's
     * folder inside the archive. A nested archive is opened through its URL handler, which for Spring
     * Boot's {@code nested:} URLs reads the nested jar inside the executable jar without extracting it;
     * caching is off so that closing our copy cannot close the class loader's.
     */
    static ArchiveRoot ofJarUrl(URL url) throws IOException {
        // Split as java.net.JarURLConnection does; opening a connection here would make Spring Boot's
        // handler open and cache every nested jar just to name it.
        String spec = url.getFile();
        int separator = spec.indexOf("!/");
        if (separator < 0) {
            throw new IOException("Jar URL " + url + " has no '!/' separator");
        }
        URL archive = new URL(spec.substring(0, separator));
        String innerPrefix = URLDecoder.decode(spec.substring(separator + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
        Opener opener;
        if ("file".equals(archive.getProtocol())) {
            Path jar = toPath(archive);
            opener = () -> new ZipFile(jar.toFile());
        }
        else {
            // The archive itself, not a folder in it: a connection to a folder without directory entry fails.
            URL archiveRoot = new URL("jar:" + archive + "!/");
            opener = () -> {
                JarURLConnection connection = jarConnection(archiveRoot);
                connection.setUseCaches(false);
                return connection.getJarFile();
            };
        }
        return new ArchiveRoot(labelOf(url), url.toString(), opener, innerPrefix);
    }

    private static Path toPath(URL fileUrl) throws IOException {
        try {
            return Path.of(fileUrl.toURI());
        }
        catch (URISyntaxException | IllegalArgumentException ex) {
            throw new IOException("Not a usable file URL: " + fileUrl, ex);
        }
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Map<String, List<FoundFile>> list(Collection<String> prefixes) {
        Map<String, List<FoundFile>> listing = new LinkedHashMap<>();
        prefixes.forEach(prefix -> listing.put(prefix, new ArrayList<>()));
        try (ZipFile archive = opener.open()) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(innerPrefix)) {
                    continue;
                }
                String path = name.substring(innerPrefix.length());
                for (String prefix : prefixes) {
                    if (path.startsWith(prefix)) {
                        listing.get(prefix).add(new FoundFile(path.substring(prefix.length()), entry.getSize(),
                                () -> openEntry(name)));
                    }
                }
            }
        }
        catch (IOException | RuntimeException ex) {
            throw new AssetCollectionException("Cannot list jar " + source + ": " + ex, ex);
        }
        return listing;
    }

    private InputStream openEntry(String name) throws IOException {
        ZipFile archive = opener.open();
        try {
            ZipEntry entry = archive.getEntry(name);
            if (entry == null) {
                throw new FileNotFoundException("Entry " + name + " has gone from jar " + source);
            }
            return new ArchiveEntryStream(archive.getInputStream(entry), archive);
        }
        catch (IOException | RuntimeException ex) {
            archive.close();
            throw ex;
        }
    }

    private static JarURLConnection jarConnection(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            return jar;
        }
        throw new IOException("The handler of " + url + " does not open it as a jar");
    }

    /**
     * {@code jar:file:/libs/app.jar!/BOOT-INF/classes/} becomes {@code app.jar!/BOOT-INF/classes/},
     * {@code jar:nested:/libs/app.jar/!BOOT-INF/lib/theme.jar!/} becomes {@code app.jar!/BOOT-INF/lib/theme.jar}.
     */
    static String labelOf(URL url) {
        String text = URLDecoder.decode(url.toString().replace("+", "%2B"), StandardCharsets.UTF_8);
        text = text.substring(text.indexOf(':') + 1);
        if (text.endsWith("!/")) {
            text = text.substring(0, text.length() - 2);
        }
        int separator = text.indexOf('!');
        String outer = (separator < 0 ? text : text.substring(0, separator)).replaceAll("/+$", "");
        String outerName = outer.substring(outer.lastIndexOf('/') + 1);
        return separator < 0 ? outerName : outerName + "!/" + text.substring(separator + 1).replaceAll("^/+", "");
    }

    /** Closes the archive with the entry's stream, so each opened asset holds the jar only while it is read. */
    private static final class ArchiveEntryStream extends FilterInputStream {

        private final ZipFile archive;

        ArchiveEntryStream(InputStream in, ZipFile archive) {
            super(in);
            this.archive = archive;
        }

        @Override
        public void close() throws IOException {
            try (archive) {
                super.close();
            }
        }
    }
}

package dev.assetsync.collect;

import java.net.URI;
import java.nio.file.Path;

/** One entry of {@code spring.web.resources.static-locations}. */
sealed interface StaticLocation {

    /** How the location is named in origins, summaries and messages. */
    String display();

    /**
     * A folder of every classpath root, e.g. {@code classpath:/static/}.
     *
     * @param prefix the folder below each root, '/'-terminated, or empty for the roots themselves
     */
    record Classpath(String prefix) implements StaticLocation {

        @Override
        public String display() {
            return "classpath:/" + prefix;
        }
    }

    /** A folder of the file system, e.g. {@code file:/srv/web/}. */
    record Folder(Path directory) implements StaticLocation {

        @Override
        public String display() {
            return "file:" + directory + "/";
        }
    }

    /**
     * Parses a location as Spring resolves it: {@code classpath:} with or without leading and trailing
     * slashes, {@code file:} with an absolute, relative (to the working directory) or {@code file:///} path.
     */
    static StaticLocation parse(String location) {
        if (location.startsWith("classpath:")) {
            String folder = location.substring("classpath:".length()).replaceAll("^/+", "");
            return new Classpath(folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/");
        }
        if (location.startsWith("file:")) {
            String rest = location.substring("file:".length());
            try {
                Path path = rest.startsWith("//") ? Path.of(URI.create(location)) : Path.of(rest);
                return new Folder(path.toAbsolutePath().normalize());
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("Static location '" + location + "' is not a valid file: path", ex);
            }
        }
        throw new IllegalArgumentException(
                "Static location '" + location + "' is not supported: use a classpath: or file: location");
    }
}

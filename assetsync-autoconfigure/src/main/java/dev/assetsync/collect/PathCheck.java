package dev.assetsync.collect;

import java.text.Normalizer;

/** What the path of a found file below its location means for publishing. */
sealed interface PathCheck {

    /** The file may be published under {@code logicalPath}. */
    record Publishable(String logicalPath) implements PathCheck {
    }

    /**
     * The file is not published.
     *
     * @param reason why, for the log
     * @param routine true when skipping it is normal (nobody needs to be warned)
     */
    record Refused(String reason, boolean routine) implements PathCheck {
    }

    /**
     * Checks a path below a location. Spring MVC would not serve a path with an empty, '.', '..',
     * {@code WEB-INF} or {@code META-INF} segment, and a backslash cannot be part of a portable key.
     */
    static PathCheck of(String relativePath) {
        String path = Normalizer.normalize(relativePath, Normalizer.Form.NFC);
        if (path.indexOf('\\') >= 0) {
            return new Refused("its path contains a backslash", false);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return new Refused("its path has an empty, '.' or '..' segment", false);
            }
            if (segment.equals("WEB-INF") || segment.equals("META-INF")) {
                return new Refused("it lies in a WEB-INF or META-INF folder, which Spring MVC refuses to serve", true);
            }
        }
        return new Publishable(path);
    }
}

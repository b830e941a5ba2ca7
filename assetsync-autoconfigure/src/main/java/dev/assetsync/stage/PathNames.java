package dev.assetsync.stage;

import java.util.Locale;

/** Splits '/'-separated logical paths into folder, file name and extension. */
public final class PathNames {

    private PathNames() {
    }

    /** {@code css/app.css} → {@code app.css}. */
    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code css/app.css} → {@code css}; a file at the root has the folder {@code ""}. */
    public static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * Index of the dot that starts the extension of a file name, or -1 when it has none. A leading dot
     * ({@code .htaccess}) marks a hidden file, not an extension, so such a name has no extension.
     */
    public static int extensionStart(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? dot : -1;
    }

    /** Lower-case extension of the path's file name without the dot, or {@code ""}. */
    public static String extension(String path) {
        String name = fileName(path);
        int dot = extensionStart(name);
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

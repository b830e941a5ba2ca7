package dev.assetsync.collect;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Collects an application's static files exactly as Spring MVC would serve them from
 * {@code spring.web.resources.static-locations}.
 *
 * <p>Locations are searched in the given order and, inside a {@code classpath:} location, every classpath
 * root in classpath order (the application's classes before its jars); the first file found for a logical
 * path wins and later ones are reported as {@link ShadowedAsset shadowed}. Each jar is listed once for all
 * locations and no file is read during collection: {@link CollectedAsset#content()} opens it later.
 *
 * <p>Not published: directories, paths with a {@code WEB-INF} or {@code META-INF} segment below the
 * location, malformed paths (empty, '.' or '..' segments, backslashes), paths not matching an include
 * pattern or matching an exclude pattern, and symbolic links leading out of a folder location.
 *
 * <p>Logical paths are NFC-normalised. Two files of one location whose different names normalise to the
 * same logical path (in one root or in two roots of that location) fail the collection, because Spring MVC
 * would serve either depending on how the request is spelled. The same name in two roots of one location,
 * or any spelling in two different locations, is ordinary shadowing.
 */
public final class ClasspathAssetCollector implements AssetCollector {

    /** Spring Boot's default {@code spring.web.resources.static-locations}, in its order. */
    public static final List<String> DEFAULT_LOCATIONS = List.of("classpath:/META-INF/resources/",
            "classpath:/resources/", "classpath:/static/", "classpath:/public/");

    private static final Log log = LogFactory.getLog(ClasspathAssetCollector.class);

    private final ClassLoader classLoader;
    private final List<StaticLocation> locations;
    private final AssetPathFilter filter;
    private final ClasspathRootFinder rootFinder;

    /**
     * @param classLoader the application's class loader
     * @param locations static locations, as in {@code spring.web.resources.static-locations}
     *                  ({@code classpath:} or {@code file:})
     * @param includes Ant-style patterns over logical paths (e.g. {@code css/**}); empty means all
     * @param excludes Ant-style patterns over logical paths (e.g. {@code **}{@code /*.map})
     * @throws IllegalArgumentException if a location is neither {@code classpath:} nor {@code file:}
     */
    public ClasspathAssetCollector(ClassLoader classLoader, List<String> locations, List<String> includes,
            List<String> excludes) {
        this(classLoader, locations, includes, excludes, System.getProperty("java.class.path", ""));
    }

    /** @param systemClassPath what the JDK application class loader searches, as in {@code java.class.path} */
    ClasspathAssetCollector(ClassLoader classLoader, List<String> locations, List<String> includes,
            List<String> excludes, String systemClassPath) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.locations = locations.stream().map(StaticLocation::parse).toList();
        this.filter = new AssetPathFilter(includes, excludes);
        this.rootFinder = new ClasspathRootFinder(systemClassPath);
    }

    /** Collects from Boot's default locations, everything included. */
    public ClasspathAssetCollector(ClassLoader classLoader) {
        this(classLoader, DEFAULT_LOCATIONS, List.of(), List.of());
    }

    /**
     * @throws AssetCollectionException if a location or jar cannot be read, or two files of one location
     *                                  would be published under the same logical path
     */
    @Override
    public CollectedAssets collect() {
        List<String> prefixes = locations.stream()
                .filter(StaticLocation.Classpath.class::isInstance)
                .map(location -> ((StaticLocation.Classpath) location).prefix())
                .distinct()
                .toList();
        List<ClasspathRoot> roots = prefixes.isEmpty() ? List.of() : rootFinder.find(classLoader);
        List<Map<String, List<FoundFile>>> listings = roots.stream().map(root -> root.list(prefixes)).toList();

        FirstFoundWins selection = new FirstFoundWins(filter);
        for (StaticLocation location : locations) {
            selection.startLocation(location.display());
            if (location instanceof StaticLocation.Classpath classpath) {
                for (int i = 0; i < roots.size(); i++) {
                    selection.add(location.display() + " (" + roots.get(i).label() + ")",
                            listings.get(i).get(classpath.prefix()));
                }
            }
            else if (location instanceof StaticLocation.Folder folder) {
                if (Files.isDirectory(folder.directory())) {
                    selection.add(location.display(), FolderScanner.scan(folder.directory(), location.display()));
                }
                else {
                    log.warn("Static location " + location.display() + " is not a folder; nothing is published from it");
                }
            }
        }
        return selection.result();
    }
}

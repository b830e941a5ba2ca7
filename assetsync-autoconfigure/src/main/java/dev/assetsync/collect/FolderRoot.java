package dev.assetsync.collect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A classpath folder, such as the application's compiled classes and resources. */
record FolderRoot(Path directory) implements ClasspathRoot {

    @Override
    public String label() {
        return directory.toString();
    }

    @Override
    public Map<String, List<FoundFile>> list(Collection<String> prefixes) {
        Map<String, List<FoundFile>> listing = new LinkedHashMap<>();
        for (String prefix : prefixes) {
            Path location = directory.resolve(prefix);
            listing.put(prefix, Files.isDirectory(location)
                    ? FolderScanner.scan(location, "classpath:/" + prefix + " (" + label() + ")")
                    : List.of());
        }
        return listing;
    }
}

package dev.assetsync.manifest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the manifest JSON:
 *
 * <pre>
 * {
 *   "version" : 1,
 *   "paths" : { "css/app.css" : "css/app.0123456789ab.css" },
 *   "files" : { "css/app.0123456789ab.css" : { "size" : 1234, "md5" : "0123456789abcdef0123456789abcdef",
 *                                             "encodings" : [ "br", "gzip" ] } }
 * }
 * </pre>
 *
 * {@code encodings} lists the pre-compressed variants beside the hashed file and is left out when there are none,
 * so a release published without compression gives the same bytes as before the field existed, and readers that
 * do not know it can ignore it.
 *
 * No timestamps, hosts or run ids, and keys in sorted order, so that an unchanged release gives the same bytes.
 */
public final class ManifestCodec {

    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-f]{32}");

    private final JsonMapper mapper = JsonMapper.builder().build();

    // A fixed "\n" rather than the platform line separator keeps the bytes the same on every OS.
    private final ObjectWriter writer = this.mapper.writer()
        .with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    public byte[] write(Manifest manifest) {
        ObjectNode root = this.mapper.createObjectNode();
        root.put("version", Manifest.FORMAT_VERSION);
        ObjectNode paths = root.putObject("paths");
        SortedMap<String, ManifestEntry> byHashedPath = new TreeMap<>();
        manifest.entries().forEach((path, entry) -> {
            paths.put(path, entry.hashedPath());
            byHashedPath.put(entry.hashedPath(), entry);
        });
        ObjectNode files = root.putObject("files");
        byHashedPath.forEach((hashedPath, entry) -> {
            ObjectNode file = files.putObject(hashedPath);
            file.put("size", entry.size());
            file.put("md5", entry.md5());
            if (!entry.encodings().isEmpty()) {
                ArrayNode encodings = file.putArray("encodings");
                entry.encodings().forEach(encodings::add);
            }
        });
        byte[] json = this.writer.writeValueAsBytes(root);
        byte[] withNewline = new byte[json.length + 1];
        System.arraycopy(json, 0, withNewline, 0, json.length);
        withNewline[json.length] = '\n';
        return withNewline;
    }

    public Manifest read(byte[] bytes) throws UnusableManifestException {
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new UnusableManifestException("it is empty");
        }
        JsonNode root;
        try {
            root = this.mapper.readTree(bytes);
        }
        catch (UnexpectedEndOfInputException ex) {
            throw new UnusableManifestException("it is truncated (" + ex.getOriginalMessage() + ")", ex);
        }
        catch (JacksonException ex) {
            throw new UnusableManifestException("it is not JSON (" + ex.getOriginalMessage() + ")", ex);
        }
        if (root == null || !root.isObject()) {
            throw new UnusableManifestException("it has the wrong shape: not a JSON object");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt()) {
            throw new UnusableManifestException("it has the wrong shape: no format version");
        }
        if (version.intValue() != Manifest.FORMAT_VERSION) {
            throw new UnusableManifestException("its format version " + version.intValue()
                    + " is not the supported version " + Manifest.FORMAT_VERSION);
        }
        JsonNode paths = objectField(root, "paths");
        JsonNode files = objectField(root, "files");
        SortedMap<String, ManifestEntry> entries = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : properties(paths)) {
            if (!path.getValue().isString()) {
                throw new UnusableManifestException("path '" + path.getKey() + "' does not map to a hashed path");
            }
            String hashedPath = path.getValue().stringValue();
            requireRelative(path.getKey());
            requireRelative(hashedPath);
            JsonNode file = files.get(hashedPath);
            if (file == null || !file.isObject() || !file.path("size").canConvertToLong()
                    || !file.path("md5").isString() || !MD5_HEX.matcher(file.path("md5").stringValue()).matches()) {
                throw new UnusableManifestException("hashed path '" + hashedPath + "' has no valid size and md5");
            }
            entries.put(path.getKey(), new ManifestEntry(hashedPath, file.path("size").longValue(),
                    file.path("md5").stringValue(), encodings(hashedPath, file)));
        }
        return new Manifest(entries);
    }

    /**
     * Keys are the prefix followed by these paths, and pruning deletes keys that old manifests name: a path that is
     * not a plain relative one could only come from a manifest assetsync did not write.
     */
    private static void requireRelative(String path) throws UnusableManifestException {
        boolean relative = !path.isEmpty() && path.indexOf('\\') < 0
                && Arrays.stream(path.split("/", -1)).noneMatch((segment) -> segment.isEmpty() || segment.equals(".")
                        || segment.equals(".."));
        if (!relative) {
            throw new UnusableManifestException("path '" + path + "' is not a relative path below the prefix");
        }
    }

    private static List<String> encodings(String hashedPath, JsonNode file) throws UnusableManifestException {
        JsonNode encodings = file.get("encodings");
        if (encodings == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode encoding : encodings) {
            names.add(encoding.isString() ? encoding.stringValue() : null);
        }
        if (!encodings.isArray() || names.contains(null)) {
            throw new UnusableManifestException("hashed path '" + hashedPath + "' has encodings that are not a list "
                    + "of names");
        }
        return names;
    }

    private static JsonNode objectField(JsonNode root, String name) throws UnusableManifestException {
        JsonNode node = root.get(name);
        if (node == null || !node.isObject()) {
            throw new UnusableManifestException("it has the wrong shape: no '" + name + "' object");
        }
        return node;
    }

    private static Iterable<Map.Entry<String, JsonNode>> properties(JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> iterator = node.properties().iterator();
        return () -> iterator;
    }
}

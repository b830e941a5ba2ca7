package dev.assetsync.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a published bucket prefix the way a browser loading it from a CDN would find it, with its own small
 * scanner (regular expressions, not the product's tokenizers):
 * <ul>
 * <li>every reference in every stylesheet and script below the prefix ({@code url()}, {@code @import}, the trailing
 * {@code sourceMappingURL} comment and, with {@link #withModuleImports()}, relative ES module specifiers), resolved
 * against the referring object's own key, names a key that exists; references that are not files (scheme URLs,
 * {@code //host}, {@code #id}, {@code data:}) and ones with CSS escapes are skipped, a root-relative one resolves
 * against the prefix, and the path is percent-decoded (a {@code +} stays a plus) and NFC-normalised as keys are;</li>
 * <li>every hashed key ({@code name.<12 hex>.ext} whose unhashed sibling {@code name.ext} exists) holds bytes whose
 * MD5 starts with that hash, except members of a reference cycle, which instead must all carry one hash;</li>
 * <li>every path and hashed path the manifest {@code assetsync-manifest.json} lists, when there is one, exists.</li>
 * </ul>
 */
public final class LinkCheck {

    /** Name of the manifest below the prefix. */
    public static final String MANIFEST_NAME = "assetsync-manifest.json";

    private static final Pattern CSS_TOKENS = Pattern.compile(
            "/\\*.*?(?:\\*/|\\z)"
                    + "|(?<![\\w-])url\\(\\s*(?:\"(?<urlDouble>[^\"]*)\"|'(?<urlSingle>[^']*)'|(?<urlBare>[^\\s\"')]*))\\s*\\)"
                    + "|@import\\s*(?:\"(?<importDouble>[^\"]*)\"|'(?<importSingle>[^']*)')"
                    + "|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern BLOCK_SOURCE_MAP = Pattern
        .compile("/\\*[#@][ \\t]*sourceMappingURL=(\\S+)\\s*\\*/\\s*\\z");

    /** A script's map comment: its last line, or followed by other line comments only ({@code //# debugId=…}). */
    private static final Pattern LINE_SOURCE_MAP = Pattern
        .compile("(?m)^[ \\t]*//[#@][ \\t]*sourceMappingURL=(\\S+)\\s*(?:^[ \\t]*//.*\\s*)*\\z");

    private static final List<Pattern> MODULE_IMPORTS = List.of(
            Pattern.compile("\\b(?:import|export)\\b[^'\";]*?\\bfrom\\s*(['\"])(?<specifier>[^'\"\\n]+)\\1"),
            Pattern.compile("\\bimport\\s*(['\"])(?<specifier>[^'\"\\n]+)\\1"),
            Pattern.compile("\\bimport\\(\\s*(['\"])(?<specifier>[^'\"\\n]+)\\1\\s*\\)"));

    private static final Pattern HEX_PAIR = Pattern.compile("[0-9a-fA-F]{2}");

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private static final Pattern HASHED_NAME = Pattern.compile("^(?<stem>.+?)\\.(?<hash>[0-9a-f]{12})(?<ext>\\.[^.]+)?$");

    private final BucketContents bucket;

    private final String prefix;

    private final boolean moduleImports;

    private LinkCheck(BucketContents bucket, String prefix, boolean moduleImports) {
        this.bucket = bucket;
        this.prefix = prefix;
        this.moduleImports = moduleImports;
    }

    /** The check of every object below {@code prefix} (empty or ending with {@code /}). */
    public static LinkCheck of(BucketContents bucket, String prefix) {
        return new LinkCheck(bucket, prefix, false);
    }

    /** Also follows relative ES module specifiers, for releases published with module import rewriting. */
    public LinkCheck withModuleImports() {
        return new LinkCheck(this.bucket, this.prefix, true);
    }

    /** Runs the check once. */
    public Result run() {
        Map<String, byte[]> objects = new TreeMap<>();
        for (String key : this.bucket.keys(this.prefix)) {
            objects.put(key, this.bucket.object(key).bytes());
        }
        List<Reference> references = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        objects.forEach((key, bytes) -> references.addAll(scan(key, bytes)));
        for (Reference reference : references) {
            if (!objects.containsKey(reference.target())) {
                problems.add(reference + ": no such key");
            }
        }
        problems.addAll(hashProblems(objects, references));
        problems.addAll(manifestProblems(objects));
        return new Result(references, problems);
    }

    /** Runs the check and fails with every problem it found; returns what it checked. */
    public Result assertPasses() {
        Result result = run();
        assertThat(result.problems()).as("link check of %s/%s", this.bucket.name(), this.prefix).isEmpty();
        return result;
    }

    private List<Reference> scan(String key, byte[] bytes) {
        String extension = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean css = extension.equals("css");
        boolean script = extension.equals("js") || extension.equals("mjs") || extension.equals("cjs");
        if (!css && !script) {
            return List.of();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int[] newlines = IntStream.range(0, text.length()).filter((i) -> text.charAt(i) == '\n').toArray();
        List<Reference> found = new ArrayList<>();
        if (css) {
            Matcher token = CSS_TOKENS.matcher(text);
            while (token.find()) {
                for (String group : List.of("urlDouble", "urlSingle", "urlBare", "importDouble", "importSingle")) {
                    if (token.group(group) != null) {
                        add(found, key, newlines, token.start(group), token.group(group));
                    }
                }
            }
        }
        Matcher sourceMap = BLOCK_SOURCE_MAP.matcher(text);
        if (sourceMap.find() || (script && (sourceMap = LINE_SOURCE_MAP.matcher(text)).find())) {
            add(found, key, newlines, sourceMap.start(1), sourceMap.group(1));
        }
        if (script && this.moduleImports) {
            for (Pattern pattern : MODULE_IMPORTS) {
                Matcher specifier = pattern.matcher(text);
                while (specifier.find()) {
                    String written = specifier.group("specifier");
                    if (written.startsWith("./") || written.startsWith("../") || written.startsWith("/")) {
                        add(found, key, newlines, specifier.start("specifier"), written);
                    }
                }
            }
        }
        return found;
    }

    private void add(List<Reference> found, String key, int[] newlines, int offset, String written) {
        if (written.isEmpty() || written.startsWith("#") || written.startsWith("//") || written.contains("\\")
                || SCHEME.matcher(written).find()) {
            return;
        }
        int end = written.length();
        for (char stop : new char[] { '?', '#' }) {
            int at = written.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = written.substring(0, end);
        if (path.isEmpty()) {
            return;
        }
        String decoded = Normalizer.normalize(percentDecoded(path), Normalizer.Form.NFC);
        String base = decoded.startsWith("/") ? this.prefix : key.substring(0, key.lastIndexOf('/') + 1);
        int at = Arrays.binarySearch(newlines, offset);
        int line = ((at >= 0) ? at : -at - 1) + 1;
        found.add(new Reference(key, line, written, resolve(base, decoded)));
    }

    /** Decodes each {@code %XX} as a UTF-8 byte; anything else, a {@code +} or a stray {@code %} included, stays. */
    private static String percentDecoded(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) == '%' && i + 2 < path.length()
                    && HEX_PAIR.matcher(path.substring(i + 1, i + 3)).matches()) {
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 3;
            }
            else {
                int codePoint = path.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** {@code base} is a folder key ending with {@code /} (or empty); a path above the bucket root keeps its dots. */
    private static String resolve(String base, String path) {
        Deque<String> segments = new ArrayDeque<>();
        String joined = path.startsWith("/") ? base + path.substring(1) : base + path;
        for (String segment : joined.split("/", -1)) {
            if (segment.equals("..") && !segments.isEmpty() && !segments.peekLast().equals("..")) {
                segments.removeLast();
            }
            else if (!segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static List<String> hashProblems(Map<String, byte[]> objects, List<Reference> references) {
        List<List<String>> cycles = cycles(references);
        Set<String> inCycles = new HashSet<>();
        cycles.forEach(inCycles::addAll);
        Map<String, String> cycleHashes = new HashMap<>();
        List<String> problems = new ArrayList<>();
        objects.forEach((key, bytes) -> {
            Optional<String> hash = hashOf(key, objects.keySet());
            if (hash.isEmpty()) {
                return;
            }
            String actual = BucketContents.md5Hex(bytes).substring(0, 12);
            if (inCycles.contains(key)) {
                cycleHashes.put(key, hash.get());
            }
            else if (!actual.equals(hash.get())) {
                problems.add(key + ": bytes hash to " + actual + ", not to the name's " + hash.get());
            }
        });
        for (List<String> cycle : cycles) {
            Set<String> hashes = new HashSet<>();
            cycle.stream().filter(cycleHashes::containsKey).forEach((key) -> hashes.add(cycleHashes.get(key)));
            if (hashes.size() > 1) {
                problems.add("cycle " + cycle + " carries different hashes " + hashes);
            }
        }
        return problems;
    }

    /** The hash a key carries, when its name has one and the same name without it exists too. */
    private static Optional<String> hashOf(String key, Set<String> keys) {
        int slash = key.lastIndexOf('/');
        Matcher name = HASHED_NAME.matcher(key.substring(slash + 1));
        if (!name.matches()) {
            return Optional.empty();
        }
        String ext = (name.group("ext") != null) ? name.group("ext") : "";
        String unhashed = key.substring(0, slash + 1) + name.group("stem") + ext;
        return keys.contains(unhashed) ? Optional.of(name.group("hash")) : Optional.empty();
    }

    /** Strongly connected components of the reference graph with more than one key, or a key naming itself. */
    private static List<List<String>> cycles(List<Reference> references) {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        for (Reference reference : references) {
            edges.computeIfAbsent(reference.key(), (key) -> new HashSet<>()).add(reference.target());
        }
        return new Components(edges).find();
    }

    private List<String> manifestProblems(Map<String, byte[]> objects) {
        byte[] manifest = objects.get(this.prefix + MANIFEST_NAME);
        if (manifest == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        JsonMapper.builder().build().readTree(manifest).path("paths").properties().forEach((entry) -> {
            for (String path : List.of(entry.getKey(), entry.getValue().stringValue())) {
                if (!objects.containsKey(this.prefix + path)) {
                    problems.add(MANIFEST_NAME + " lists " + path + ", which is not in the bucket");
                }
            }
        });
        return problems;
    }

    /**
     * One reference found.
     *
     * @param key the referring object
     * @param line its 1-based line
     * @param written the reference as written
     * @param target the key it resolves to
     */
    public record Reference(String key, int line, String written, String target) {

        @Override
        public String toString() {
            return this.key + ":" + this.line + " " + this.written + " -> " + this.target;
        }
    }

    /**
     * What one run found.
     *
     * @param references every reference followed, in key and then text order per kind
     * @param problems one line per fault, empty when the bucket passes
     */
    public record Result(List<Reference> references, List<String> problems) {

        public Result {
            references = List.copyOf(references);
            problems = List.copyOf(problems);
        }

        /** The references found in one object. */
        public List<Reference> from(String key) {
            return this.references.stream().filter((reference) -> reference.key().equals(key)).toList();
        }
    }

    /** Tarjan's algorithm; recursive, as reference chains between assets are a few levels deep. */
    private static final class Components {

        private final Map<String, Set<String>> edges;

        private final Map<String, Integer> index = new HashMap<>();

        private final Map<String, Integer> low = new HashMap<>();

        private final Deque<String> stack = new ArrayDeque<>();

        private final Set<String> onStack = new HashSet<>();

        private final List<List<String>> found = new ArrayList<>();

        Components(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        List<List<String>> find() {
            this.edges.keySet().forEach((key) -> {
                if (!this.index.containsKey(key)) {
                    visit(key);
                }
            });
            return this.found;
        }

        private void visit(String key) {
            this.index.put(key, this.index.size());
            this.low.put(key, this.index.get(key));
            this.stack.push(key);
            this.onStack.add(key);
            for (String target : this.edges.getOrDefault(key, Set.of())) {
                if (!this.index.containsKey(target)) {
                    visit(target);
                    this.low.put(key, Math.min(this.low.get(key), this.low.get(target)));
                }
                else if (this.onStack.contains(target)) {
                    this.low.put(key, Math.min(this.low.get(key), this.index.get(target)));
                }
            }
            if (this.low.get(key).equals(this.index.get(key))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = this.stack.pop();
                    this.onStack.remove(member);
                    component.add(member);
                }
                while (!member.equals(key));
                if (component.size() > 1 || this.edges.getOrDefault(key, Set.of()).contains(key)) {
                    component.sort(null);
                    this.found.add(component);
                }
            }
        }
    }
}

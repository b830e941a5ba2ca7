package dev.assetsync.stage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.assetsync.collect.CollectedAsset;
import dev.assetsync.stage.rewrite.ReferenceScanner;
import dev.assetsync.stage.rewrite.ReferenceScanners;

/**
 * The state of one {@link Stager#stage} call: where files go, which paths exist, and the hash token of every file
 * named so far. Its methods run on worker threads; the token map is the only shared mutable state, and a file's
 * token is read only after the level that wrote it has finished.
 */
final class StagingRun {

    private final Path stagingDir;

    private final WorkDir work;

    private final Set<String> collected;

    private final boolean rewriteJsImports;

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** Folders known to exist in the staging folder: creating one that exists costs a system call and an exception. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    StagingRun(Path stagingDir, WorkDir work, Set<String> collected, boolean rewriteJsImports) {
        this.stagingDir = stagingDir;
        this.work = work;
        this.collected = collected;
        this.rewriteJsImports = rewriteJsImports;
    }

    /** Reads an asset once: binaries are streamed; stylesheets and scripts are scanned in memory. */
    FirstPass read(CollectedAsset asset) throws IOException {
        try {
            Optional<ReferenceScanner> scanner = ReferenceScanners.forPath(asset.path(), rewriteJsImports);
            return scanner.isPresent() ? readText(asset, scanner.get()) : new FirstPass.Finished(digest(asset), List.of());
        }
        catch (IOException ex) {
            throw new IOException("Cannot stage " + asset.path() + " from " + asset.origin() + ": " + ex.getMessage(), ex);
        }
    }

    private StagedFile digest(CollectedAsset asset) throws IOException {
        Md5.Digested digested;
        try (InputStream in = asset.content().open()) {
            digested = Md5.digest(in);
        }
        return unchanged(asset, digested.size(), digested.md5());
    }

    /**
     * Names a file whose final bytes are its collected bytes. Nothing is written: the upload reads them from where
     * they were collected, so a publish that uploads nothing costs one read of each file.
     */
    private StagedFile unchanged(CollectedAsset asset, long size, String md5) {
        String token = HashedNames.token(md5);
        tokens.put(asset.path(), token);
        return new StagedFile(asset.path(), HashedNames.hashedPath(asset.path(), token), asset.content(), size, md5);
    }

    private FirstPass readText(CollectedAsset asset, ReferenceScanner scanner) throws IOException {
        byte[] content;
        try (InputStream in = asset.content().open()) {
            content = in.readAllBytes();
        }
        ReferenceLinker.LinkedReferences linked = ReferenceLinker.link(asset.path(), scanner.scan(content), collected);
        if (linked.links().isEmpty()) {
            return new FirstPass.Finished(unchanged(asset, content.length, Md5.hex(content)), linked.problems());
        }
        Path raw = work.newFile();
        Files.write(raw, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new FirstPass.Waiting(asset.path(), raw, linked.links(), linked.problems());
    }

    /** Rewrites one file whose targets are all named, then names it after its final bytes. */
    StagedFile finish(FirstPass.Waiting file) throws IOException {
        for (Link link : file.links()) {
            if (!tokens.containsKey(link.target())) {
                throw new IllegalStateException(file.path() + " is being hashed before " + link.target());
            }
        }
        try {
            byte[] content = ReferenceLinker.rewrite(file.path(), Files.readAllBytes(file.raw()), file.links(), tokens);
            Files.delete(file.raw());
            return write(file.path(), content);
        }
        catch (IOException ex) {
            throw new IOException("Cannot stage " + file.path() + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Names and rewrites the files of one reference cycle by the rule in {@link Stager}: one shared token from the
     * framed pre-images of all members.
     *
     * @param members the cycle, sorted by logical path
     */
    List<StagedFile> finishCycle(List<FirstPass.Waiting> members) throws IOException {
        try {
            List<byte[]> raws = new ArrayList<>(members.size());
            MessageDigest cycleDigest = Md5.newDigest();
            for (FirstPass.Waiting member : members) {
                byte[] raw = Files.readAllBytes(member.raw());
                raws.add(raw);
                byte[] preImage = ReferenceLinker.rewrite(member.path(), raw, member.links(), tokens);
                cycleDigest.update(member.path().getBytes(StandardCharsets.UTF_8));
                cycleDigest.update((byte) 0);
                cycleDigest.update(ByteBuffer.allocate(Long.BYTES).putLong(preImage.length).array());
                cycleDigest.update(preImage);
            }
            String token = HashedNames.token(HexFormat.of().formatHex(cycleDigest.digest()));
            members.forEach(member -> tokens.put(member.path(), token));
            List<StagedFile> staged = new ArrayList<>(members.size());
            for (int i = 0; i < members.size(); i++) {
                FirstPass.Waiting member = members.get(i);
                byte[] content = ReferenceLinker.rewrite(member.path(), raws.get(i), member.links(), tokens);
                Files.delete(member.raw());
                staged.add(write(member.path(), token, content, Md5.hex(content)));
            }
            return staged;
        }
        catch (IOException ex) {
            List<String> paths = members.stream().map(FirstPass.Waiting::path).toList();
            throw new IOException("Cannot stage the reference cycle " + paths + ": " + ex.getMessage(), ex);
        }
    }

    private StagedFile write(String path, byte[] content) throws IOException {
        String md5 = Md5.hex(content);
        return write(path, HashedNames.token(md5), content, md5);
    }

    private StagedFile write(String path, String token, byte[] content, String md5) throws IOException {
        Path temp = work.newFile();
        Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return place(path, token, temp, content.length, md5);
    }

    /**
     * Moves a finished file to {@code <stagingDir>/<hashedPath>}. The name already exists only when the same
     * bytes were staged before under it (a rerun) or, on a case-insensitive disk, under a name that differs in
     * case only; identical bytes can then share the file, anything else is an error.
     */
    private StagedFile place(String path, String token, Path temp, long size, String md5) throws IOException {
        String hashedPath = HashedNames.hashedPath(path, token);
        Path target = stagingDir.resolve(hashedPath);
        // Remembered only once created: another thread may move a file into it as soon as it is in the set.
        if (!folders.contains(target.getParent())) {
            Files.createDirectories(target.getParent());
            folders.add(target.getParent());
        }
        try {
            Files.move(temp, target);
        }
        catch (FileAlreadyExistsException ex) {
            if (Files.mismatch(target, temp) != -1L) {
                throw new IOException("Staging folder already holds different bytes under " + hashedPath, ex);
            }
            Files.delete(temp);
        }
        tokens.put(path, token);
        return new StagedFile(path, hashedPath, () -> Files.newInputStream(target), size, md5);
    }
}

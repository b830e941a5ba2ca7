package dev.assetsync.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Writes the pre-compressed variants of a staged file to the staging folder ({@code <hashedPath>.gz}, {@code .br}), keeping
 * only those smaller than the original. Files of types that are compressed already get none.
 */
final class VariantWriter {

    private final Path stagingDir;

    private final List<Encoding> encodings;

    VariantWriter(Path stagingDir, Set<Encoding> encodings) {
        this.stagingDir = stagingDir;
        this.encodings = Arrays.stream(Encoding.values()).filter(encodings::contains).toList();
    }

    StagedFile addVariants(StagedFile file) throws IOException {
        if (this.encodings.isEmpty() || !Precompression.isCompressible(file.path())) {
            return file;
        }
        List<StagedVariant> variants = new ArrayList<>(this.encodings.size());
        for (Encoding encoding : this.encodings) {
            StagedVariant variant = write(file, encoding);
            if (variant.size() < file.size()) {
                variants.add(variant);
            }
            else {
                Files.delete(variant.file());
            }
        }
        return file.withVariants(variants);
    }

    private StagedVariant write(StagedFile file, Encoding encoding) throws IOException {
        String hashedPath = file.hashedPath() + encoding.suffix();
        Path target = this.stagingDir.resolve(hashedPath);
        // The file itself is written to the staging folder only when staging changed its bytes.
        Files.createDirectories(target.getParent());
        MessageDigest digest = Md5.newDigest();
        // A file staging left as it was is read again here: the copy must be made from the bytes that were hashed.
        MessageDigest source = Md5.newDigest();
        long read;
        try (InputStream in = new DigestInputStream(file.content().open(), source);
                OutputStream out = encoding.compressing(new DigestOutputStream(Files.newOutputStream(target),
                        digest))) {
            read = in.transferTo(out);
        }
        catch (IOException ex) {
            throw new IOException("Cannot compress " + file.path() + " with " + encoding.contentEncoding() + ": "
                    + ex.getMessage(), ex);
        }
        if (read != file.size() || !HexFormat.of().formatHex(source.digest()).equals(file.md5())) {
            Files.delete(target);
            throw new IOException(file.path() + " changed while it was staged: its " + encoding.contentEncoding()
                    + " copy would not hold the bytes that were hashed. Publish again once the file no longer "
                    + "changes.");
        }
        return new StagedVariant(encoding, hashedPath, target, Files.size(target),
                HexFormat.of().formatHex(digest.digest()));
    }
}

package dev.assetsync.stage.rewrite;

import java.util.List;

/** Finds the references in the bytes of one file, in byte order. Implementations are stateless. */
@FunctionalInterface
public interface ReferenceScanner {

    List<FoundReference> scan(byte[] content);
}

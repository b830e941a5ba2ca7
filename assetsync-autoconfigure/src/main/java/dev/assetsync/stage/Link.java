package dev.assetsync.stage;

import dev.assetsync.stage.rewrite.FoundReference;
import dev.assetsync.stage.rewrite.LocalReference;

/** A reference in a stylesheet or script to a collected file, which gets rewritten to its hashed name. */
record Link(FoundReference found, LocalReference reference, String target) {
}

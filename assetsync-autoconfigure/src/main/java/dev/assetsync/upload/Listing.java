package dev.assetsync.upload;

import java.util.Map;

import dev.assetsync.plan.RemoteObject;

/**
 * The objects under a prefix.
 *
 * @param objects objects by full key
 * @param requests list requests it took
 */
public record Listing(Map<String, RemoteObject> objects, int requests) {

    public Listing {
        objects = Map.copyOf(objects);
    }
}

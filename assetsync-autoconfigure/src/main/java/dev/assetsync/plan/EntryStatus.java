package dev.assetsync.plan;

/** How a logical path compares with the previous release. */
public enum EntryStatus {

    /** Not in the previous manifest. */
    NEW,

    /** In the previous manifest under another hashed name, or with other compressed variants. */
    CHANGED,

    /** In the previous manifest under the same hashed name. */
    UNCHANGED,

    /** No usable previous manifest: only the bucket listing can tell. */
    UNKNOWN
}

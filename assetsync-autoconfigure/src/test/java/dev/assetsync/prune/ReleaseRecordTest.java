package dev.assetsync.prune;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseRecordTest {

    private static final String MD5_A = "0123456789abcdef0123456789abcdef";

    private static final String MD5_B = "fedcba9876543210fedcba9876543210";

    @Test
    void historyFolderIsNamedAfterTheManifest() {
        assertThat(ReleaseRecord.folder("static/assetsync-manifest.json"))
            .isEqualTo("static/assetsync-manifest-releases/");
        assertThat(ReleaseRecord.folder("assetsync-manifest.json")).isEqualTo("assetsync-manifest-releases/");
        assertThat(ReleaseRecord.folder("a.b/manifest")).isEqualTo("a.b/manifest-releases/");
    }

    @Test
    void firstRecordIsNumberOneAndNextFollowsTheHighest() {
        String folder = "static/m-releases/";
        ReleaseRecord first = ReleaseRecord.next(folder, List.of(), MD5_A);
        assertThat(first).isEqualTo(new ReleaseRecord("static/m-releases/0000000001-" + MD5_A + ".json", 1, MD5_A));
        ReleaseRecord tenth = new ReleaseRecord(folder + "0000000010-" + MD5_B + ".json", 10, MD5_B);
        assertThat(ReleaseRecord.next(folder, List.of(tenth, first), MD5_A).key())
            .isEqualTo("static/m-releases/0000000011-" + MD5_A + ".json");
    }

    @Test
    void parsesOnlyItsOwnNames() {
        String folder = "static/m-releases/";
        assertThat(ReleaseRecord.parse(folder, folder + "0000000003-" + MD5_B + ".json"))
            .contains(new ReleaseRecord(folder + "0000000003-" + MD5_B + ".json", 3, MD5_B));
        assertThat(ReleaseRecord.parse(folder, folder + "notes.txt")).isEmpty();
        assertThat(ReleaseRecord.parse(folder, folder + "3-" + MD5_B + ".json")).isEmpty();
        assertThat(ReleaseRecord.parse(folder, folder + "0000000003-" + MD5_B.toUpperCase() + ".json")).isEmpty();
        assertThat(ReleaseRecord.parse(folder, "static/other/0000000003-" + MD5_B + ".json")).isEmpty();
    }

    @Test
    void ordersNewestFirstAndTiesByKey() {
        ReleaseRecord one = new ReleaseRecord("f/0000000001-" + MD5_A + ".json", 1, MD5_A);
        ReleaseRecord twoA = new ReleaseRecord("f/0000000002-" + MD5_A + ".json", 2, MD5_A);
        ReleaseRecord twoB = new ReleaseRecord("f/0000000002-" + MD5_B + ".json", 2, MD5_B);
        assertThat(List.of(one, twoA, twoB).stream().sorted(ReleaseRecord.NEWEST_FIRST).toList())
            .containsExactly(twoB, twoA, one);
    }
}

package dev.assetsync.stage.rewrite;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReplacementTest {

    @Test
    void bytesOutsideTheRangesAreCopiedAsTheyAre() {
        byte[] content = "\uFEFFa { b: url(x.png) }\r\n/* café */ c { d: url(y.png) }\r\n".getBytes(StandardCharsets.UTF_8);
        int x = indexOf(content, "x.png");
        int y = indexOf(content, "y.png");

        byte[] result = Replacement.applyAll(content, List.of(
                new Replacement(x, x + 5, "x.0123456789ab.png"), new Replacement(y, y + 5, "ÿ.png")));

        assertThat(result).isEqualTo(
                "\uFEFFa { b: url(x.0123456789ab.png) }\r\n/* café */ c { d: url(ÿ.png) }\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noReplacementsKeepsTheContent() {
        byte[] content = { (byte) 0xFF, 0, 1 };
        assertThat(Replacement.applyAll(content, List.of())).isSameAs(content);
    }

    @Test
    void overlappingReplacementsAreRejected() {
        byte[] content = "abcdef".getBytes(StandardCharsets.US_ASCII);
        assertThatIllegalArgumentException().isThrownBy(() -> Replacement.applyAll(content,
                List.of(new Replacement(1, 4, "x"), new Replacement(3, 5, "y"))));
    }

    private static int indexOf(byte[] content, String ascii) {
        return new String(content, StandardCharsets.ISO_8859_1).indexOf(ascii);
    }
}

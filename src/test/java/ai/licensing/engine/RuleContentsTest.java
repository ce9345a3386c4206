package ai.licensing.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which files a compile of other contents can still serve, and the record of contents a kept compile carries. */
class RuleContentsTest {

    private static final RuleContents EARLIER = new RuleContents("s1", Map.of("a", "a1", "b", "b1", "c", "c1"));

    @Test
    void theLicensesWhoseFilesDifferAreThoseToCompile() {
        RuleContents now = new RuleContents("s1", Map.of("a", "a1", "b", "b2", "c", "c2"));
        assertEquals(Optional.of(List.of("b", "c")), now.licensesChangedSince(EARLIER, 4).map(l -> l.stream().sorted().toList()));
        assertEquals(Optional.of(List.of()), EARLIER.licensesChangedSince(EARLIER, 0));
    }

    @Test
    void aCompileOfOtherSharedFilesOtherLicensesOrTooManyChangesServesNone() {
        assertEquals(Optional.empty(), new RuleContents("s2", Map.of("a", "a1", "b", "b1", "c", "c1")).licensesChangedSince(EARLIER, 4));
        assertEquals(Optional.empty(), new RuleContents("s1", Map.of("a", "a1", "b", "b1")).licensesChangedSince(EARLIER, 4));
        assertEquals(Optional.empty(), new RuleContents("s1", Map.of("a", "a1", "b", "b1", "c", "c1", "d", "d1")).licensesChangedSince(EARLIER, 4));
        assertEquals(Optional.empty(), new RuleContents("s1", Map.of("a", "a2", "b", "b2", "c", "c1")).licensesChangedSince(EARLIER, 1));
    }

    @Test
    void aStartMergesTheSharedFilesAndTheLicensesThatDifferOrAreNewIntoAKeptCompile() {
        RuleContents now = new RuleContents("s2", Map.of("a", "a1", "b", "b2", "c", "c1"));
        RuleContents.Difference difference = now.differenceFrom(EARLIER);
        assertTrue(difference.shared());
        assertEquals(List.of("b"), difference.licenses());
        assertEquals(2, difference.size());
        assertEquals(new RuleContents.Difference(false, List.of()), EARLIER.differenceFrom(EARLIER));
        assertEquals(new RuleContents.Difference(false, List.of("d")),
                new RuleContents("s1", Map.of("a", "a1", "b", "b1", "c", "c1", "d", "d1")).differenceFrom(EARLIER), "a license added is compiled");
        assertEquals(new RuleContents.Difference(false, List.of()), new RuleContents("s1", Map.of("a", "a1", "b", "b1")).differenceFrom(EARLIER),
                "a license gone compiles nothing: its rules go with its files");
    }

    @Test
    void theRecordReadsBackAsWrittenAndAnythingElseIsNoRecord() {
        assertEquals(Optional.of(EARLIER), RuleContents.parse(EARLIER.text()));
        assertEquals(Optional.empty(), RuleContents.parse("license a a1\n"), "no shared files");
        assertEquals(Optional.empty(), RuleContents.parse("shared s1\nlicense a a1\nlicense a a2\n"), "a license twice");
        assertEquals(Optional.empty(), RuleContents.parse("shared s1\nlicense a\n"));
        assertEquals(Optional.empty(), RuleContents.parse("shared s1\nsomething else\n"));
    }
}

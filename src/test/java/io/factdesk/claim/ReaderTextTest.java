package io.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReaderTextTest {

    private static final String BODY = "Alpha beta gamma delta.\n\nEpsilon 😀 zeta eta.";

    private static ReaderText.Mark mark(long id, int start, int end) {
        return new ReaderText.Mark(id, start, end, "tc-" + id, "NEW");
    }

    private static String render(List<ReaderText.Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> p.segments().stream()
                .map(s -> s.highlighted() ? "[" + s.claimIdList() + ":" + s.text() + "]" : s.text())
                .collect(Collectors.joining())).collect(Collectors.joining(" | "));
    }

    @Test
    void plainTextIsOneSegmentPerParagraphWithCodePointStarts() {
        List<ReaderText.Paragraph> paragraphs = ReaderText.build(BODY, List.of());
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0).start()).isZero();
        assertThat(paragraphs.get(1).start()).isEqualTo(25);
        assertThat(render(paragraphs)).isEqualTo("Alpha beta gamma delta. | Epsilon 😀 zeta eta.");
    }

    @Test
    void nestedClaimsShareTheInnerTextAndTheInnermostGivesTheColour() {
        List<ReaderText.Paragraph> paragraphs = ReaderText.build(BODY, List.of(mark(1, 0, 16), mark(2, 6, 10)));
        assertThat(render(paragraphs)).isEqualTo("[1:Alpha ][1 2:beta][1: gamma] delta. | Epsilon 😀 zeta eta.");
        ReaderText.Segment inner = paragraphs.get(0).segments().get(1);
        assertThat(inner.depth()).isEqualTo(2);
        assertThat(inner.topicClass()).isEqualTo("tc-2");
        assertThat(inner.start()).isEqualTo(6);
    }

    @Test
    void overlappingClaimsSplitIntoThreeRuns() {
        List<ReaderText.Paragraph> paragraphs = ReaderText.build(BODY, List.of(mark(1, 0, 10), mark(2, 6, 16)));
        assertThat(render(paragraphs)).isEqualTo("[1:Alpha ][1 2:beta][2: gamma] delta. | Epsilon 😀 zeta eta.");
    }

    @Test
    void aClaimAcrossParagraphsIsHighlightedInBothAndSegmentsCountCodePoints() {
        // "delta." starts at 17; in the second paragraph "😀" is one code point at 33, "zeta" starts at 35.
        List<ReaderText.Paragraph> paragraphs = ReaderText.build(BODY, List.of(mark(7, 17, 39)));
        assertThat(render(paragraphs)).isEqualTo("Alpha beta gamma [7:delta.] | [7:Epsilon 😀 zeta] eta.");
        assertThat(paragraphs.get(1).segments().get(1).start()).isEqualTo(39);
    }

    @Test
    void passagesCutTheTextWithoutHighlightingAndTheirFirstSegmentSaysItBeginsThem() {
        // A passage over "beta gamma delta." (6-23) and one over "😀 zeta eta." (33-45), a claim over "gamma" (11-16).
        List<ReaderText.Paragraph> paragraphs = ReaderText.build(BODY, List.of(mark(1, 11, 16)),
                List.of(new ReaderText.Passage(6, 23, "6-23"), new ReaderText.Passage(33, 45, "33-45")));
        assertThat(render(paragraphs)).isEqualTo("Alpha beta [1:gamma] delta. | Epsilon 😀 zeta eta.");
        List<String> first = paragraphs.get(0).segments().stream()
                .map(seg -> seg.text() + "|" + seg.passage() + "|" + seg.passageStart()).toList();
        assertThat(first).containsExactly("Alpha ||false", "beta |6-23|true", "gamma|6-23|false", " delta.|6-23|false");
        List<ReaderText.Segment> second = paragraphs.get(1).segments();
        assertThat(second).extracting(ReaderText.Segment::text).containsExactly("Epsilon ", "😀 zeta eta.");
        assertThat(second.get(1).start()).isEqualTo(33);
        assertThat(second.get(1).passageStart()).isTrue();
        assertThat(second.get(0).passage()).isEmpty();
    }
}

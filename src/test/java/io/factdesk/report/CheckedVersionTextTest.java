package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.claim.ClaimAnchor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the checked version's page cuts its text: paragraphs, line breaks and claims by code point offsets. */
class CheckedVersionTextTest {

    private static ClaimAnchor anchor(long claimId, int start, int end) {
        ClaimAnchor a = new ClaimAnchor();
        a.claimId = claimId;
        a.start = start;
        a.end = end;
        return a;
    }

    @Test
    void claimsAreMarkedByCodePointsAcrossLinesAndParagraphsStayApart() {
        // "😀" is one code point and two chars: the claim after it starts at code point 9, char 10
        String body = "Smile 😀: 40 percent went to schools.\nA second line.\n\nThe next paragraph said 12 percent.";
        int start = body.codePointCount(0, body.indexOf("40 percent"));
        int end = body.codePointCount(0, body.indexOf(" went"));
        int second = body.codePointCount(0, body.indexOf("12 percent"));
        List<CheckedVersionPage.Paragraph> paragraphs = CheckedVersionPage.paragraphs(body,
                List.of(anchor(7, start, end), anchor(9, second, second + "12 percent".length())), "https://x.example");

        assertThat(paragraphs).hasSize(2);
        List<CheckedVersionPage.Piece> first = paragraphs.get(0).pieces();
        assertThat(first).extracting(CheckedVersionPage.Piece::text)
                .containsExactly("Smile 😀: ", "40 percent", " went to schools.", "A second line.");
        assertThat(first.get(1).claimId()).isEqualTo(7L);
        assertThat(first.get(1).href()).isEqualTo("https://x.example/public/claims/7");
        assertThat(first.get(2).lineBreak()).isTrue();
        assertThat(first.get(3).lineBreak()).isFalse();
        assertThat(first.get(0).claimId()).isNull();
        List<CheckedVersionPage.Piece> next = paragraphs.get(1).pieces();
        assertThat(next).extracting(CheckedVersionPage.Piece::text)
                .containsExactly("The next paragraph said ", "12 percent", ".");
        assertThat(next.get(1).claimId()).isEqualTo(9L);
    }
}

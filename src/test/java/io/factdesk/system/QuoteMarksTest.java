package io.factdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotation marks are added only at an end that has none (docs/ui.md, "Quotation marks"). */
class QuoteMarksTest {

    @Test
    void aMarkTheQuoteAlreadyHasIsNotDoubled() {
        assertThat(QuoteMarks.quoted("the political transition")).isEqualTo("“the political transition”");
        assertThat(QuoteMarks.quoted("the political transition”")).isEqualTo("“the political transition”");
        assertThat(QuoteMarks.quoted("“the political transition")).isEqualTo("“the political transition”");
        assertThat(QuoteMarks.quoted("\"plain marks\"")).isEqualTo("\"plain marks\"");
        assertThat(QuoteMarks.quoted("the workers’")).as("an apostrophe is not a closing mark")
                .isEqualTo("“the workers’”");
    }

    @Test
    void theClassesTellTheStylesheetWhichEndHasAMark() {
        assertThat(QuoteMarks.quoteMarks("transition”")).isEqualTo("has-close-mark");
        assertThat(QuoteMarks.quoteMarks("„Wende“")).isEqualTo("has-open-mark has-close-mark");
        assertThat(QuoteMarks.quoteMarks("no marks")).isEmpty();
        assertThat(QuoteMarks.quoteMarks(null)).isEmpty();
    }
}

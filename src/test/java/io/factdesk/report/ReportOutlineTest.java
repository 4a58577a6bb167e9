package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.system.Markdown;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Headings a reviewer or admin types in Markdown sit below the heading they are shown under, in
 * every format: a rationale's {@code ## Why} is not a section of the report.
 */
@QuarkusTest
class ReportOutlineTest {

    private static final String RATIONALE = "## Why\n\nThe office counted 12.\n\n### The count\n\nSee the table.";

    private static Report report() {
        Report.ReportClaim claim = PdfTextTest.claim(1, "Forty percent went to schools.", "False");
        claim = new Report.ReportClaim(claim.id(), claim.articleId(), claim.state(), claim.topic(), claim.quote(),
                claim.statement(), claim.claimant(), claim.claimantType(), claim.claimDate(), null, claim.verdict(),
                RATIONALE, claim.publishedAt(), claim.publicUrl(), List.of(), List.of(), List.of(),
                null, null);
        Report base = PdfTextTest.report(List.of(claim));
        Report.OrganisationInfo org = new Report.OrganisationInfo("Desk", null, "# Method\n\nTwo people check.",
                "# Policy\n\nWe correct.");
        return new Report(base.schemaVersion(), base.scope(), base.title(), base.generated(), org, base.articles(),
                base.summary(), base.claims(), base.corrections(), base.ratingScale());
    }

    @Test
    void headingsInARationaleAreBelowTheClaimInTheHtmlReport() {
        Document html = Jsoup.parse(HtmlReport.document(report()));
        assertThat(html.select("h2").eachText()).containsExactly("Summary", "Claims", "Corrections", "How we check");
        assertThat(html.select("#claim-1 h3").text()).isEqualTo("Forty percent went to schools.");
        assertThat(html.select("#claim-1 .rationale h4").text()).isEqualTo("Why");
        assertThat(html.select("#claim-1 .rationale h5").text()).isEqualTo("The count");
        assertThat(html.select("h3").eachText()).contains("Method", "Rating scale", "Corrections policy");
        assertThat(html.select("h4").eachText()).contains("Policy");
    }

    @Test
    void headingsInARationaleAreBelowTheClaimInTheMarkdownReport() {
        String md = MarkdownReport.render(report());
        assertThat(md).contains("\n### Forty percent went to schools.\n", "\n#### Why\n", "\n##### The count\n",
                "\n## How we check\n\n### Method\n", "\n### Corrections policy\n\n#### Policy\n")
                .doesNotContain("\n## Why");
    }

    @Test
    void demotingKeepsTheDistancesAndNeverPromotes() {
        assertThat(Markdown.toHtml("# A\n\n### C", 3)).isEqualTo("<h4>A</h4>\n<h6>C</h6>\n");
        assertThat(Markdown.toHtml("#### D\n\n###### F", 2)).isEqualTo("<h4>D</h4>\n<h6>F</h6>\n");
        assertThat(Markdown.toHtml("# A\n\n###### F", 4)).isEqualTo("<h5>A</h5>\n<h6>F</h6>\n");
        assertThat(Markdown.toHtml("No heading at all.", 3)).isEqualTo("<p>No heading at all.</p>\n");
    }
}

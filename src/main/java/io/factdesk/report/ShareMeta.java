package io.factdesk.report;

import java.util.stream.Collectors;

/**
 * The Open Graph and Twitter card metadata of a public page (templates/tags/shareMeta.html): what a
 * social network or messenger shows when the page's link is shared. Every address is absolute,
 * under the configured public URL ({@link PublicLinks}). docs/reports.md, "Share cards".
 *
 * @param type     {@code article} for the fact-checks, {@code website} for an earlier version of an article
 * @param image    the share card ({@code /public/claims/{id}/card.png}); null for a page without one
 * @param imageAlt the card's words, for those who cannot see it
 */
public record ShareMeta(String title, String description, String url, String image, String imageAlt,
        String siteName, String type, String oembed) {

    /** The address of a published claim's share card. */
    public static String card(String claimUrl) {
        return claimUrl + "/card.png";
    }

    /** A published claim's page: the claim as title; the verdict, its place and the claimant as description. */
    public static ShareMeta ofClaim(Report report, Report.ReportClaim claim, VerdictScale.Shown verdict) {
        String statement = headline(claim);
        String org = report.organisation().name();
        StringBuilder description = new StringBuilder();
        if (verdict != null) {
            description.append("Rated ").append(verdict.label()).append(" by ").append(org);
            if (!verdict.placeWords().isEmpty()) {
                description.append(" (").append(verdict.placeWords()).append(")");
            }
            description.append('.');
        } else {
            description.append("Fact-checked by ").append(org).append('.');
        }
        if (claim.claimant() != null && !claim.claimant().isBlank()) {
            description.append(" Claimed by ").append(claim.claimant());
            description.append(claim.claimDate() == null ? "." : " on " + claim.claimDate() + ".");
        }
        String alt = "Fact-check card: \u201c" + statement + "\u201d, rated "
                + (verdict == null ? "with no verdict" : verdict.label()) + " by " + org + ".";
        String url = claim.publicUrl();
        // oEmbed discovery (docs/reports.md, "Embeds"): a claim's page is what another site embeds.
        String oembed = Embeds.oembedUrl(url.substring(0, url.indexOf("/public/")), url);
        return new ShareMeta(statement, description.toString(), url, card(url), alt, org, "article", oembed);
    }

    /** An article's public page: its title; how many claims were checked with which verdicts; the first claim's card. */
    public static ShareMeta ofArticle(Report report) {
        Report.ArticleInfo article = report.article();
        String org = report.organisation().name();
        int n = report.summary().claims();
        String verdicts = report.summary().verdicts().stream().map(v -> v.count() + " " + v.name())
                .collect(Collectors.joining(", "));
        String description = n + (n == 1 ? " claim" : " claims") + " in this article checked by " + org
                + (verdicts.isEmpty() ? "." : ": " + verdicts + ".");
        Report.ReportClaim first = report.claims().get(0);
        String alt = "Fact-check card of the first claim checked: \u201c" + headline(first) + "\u201d"
                + (first.verdict() == null ? "." : ", rated " + first.verdict().label() + ".");
        return new ShareMeta("Fact-check: " + report.title(), description,
                article == null ? first.publicUrl() : article.publicUrl(), card(first.publicUrl()), alt, org,
                "article", null);
    }

    /** What a claim's page, card and share text lead with: its statement, or its quote when it has none. */
    static String headline(Report.ReportClaim claim) {
        return claim.statement() != null && !claim.statement().isBlank() ? claim.statement() : claim.quote().exact();
    }
}

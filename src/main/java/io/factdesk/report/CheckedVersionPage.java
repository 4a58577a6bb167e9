package io.factdesk.report;

import io.factdesk.article.Article;
import io.factdesk.article.ArticleVersion;
import io.factdesk.claim.ClaimAnchor;
import io.factdesk.claim.ClaimState;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The public page of an earlier version of an article that a published fact-check is about
 * ({@code /public/articles/{id}/versions/{n}}, docs/reports.md "When the article changed after the
 * check"): the version's text, the published claims highlighted where they stood in it (from their
 * {@link ClaimAnchor} rows) and each linked to its own page, under a banner saying that this is not
 * the current text and when the article changed. Only a version some published claim was checked on,
 * and only while the article has a later one, has a page; claims in any other state never appear.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CheckedVersionPage {

    /** A run of text within a paragraph: part of a published claim's quote ({@code claimId}) or not. */
    public record Piece(String text, Long claimId, String href, boolean lineBreak) {
    }

    public record Paragraph(List<Piece> pieces) {
    }

    /**
     * @param changedAt   when the next version was made (the article changed after this one)
     * @param changedAgain whether versions came after that one too
     * @param articlePage the article's public page, listing its published fact-checks
     */
    public record Page(String organisation, String title, String url, String publisher, int version,
            Instant createdAt, Instant changedAt, boolean changedAgain, String articlePage,
            List<Paragraph> paragraphs) {
    }

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance version(Page page, RawString css, ShareMeta share);
    }

    @Inject
    EntityManager em;

    /**
     * Whether version {@code number} of the article has a public page: a published claim of the article was
     * checked on it and the article has a later version. One query, asked before anything is rendered.
     */
    public boolean exists(long articleId, int number) {
        return !em.createQuery("select c.id from Claim c where c.article.id = :a and c.state = :s"
                + " and c.checkedVersion = :n and c.article.currentVersion > :n", Long.class)
                .setParameter("a", articleId).setParameter("s", ClaimState.PUBLISHED).setParameter("n", number)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The page, rendered; call only when {@link #exists} said so. */
    public String render(long articleId, int number, String baseUrl) {
        Article article = em.find(Article.class, articleId);
        ArticleVersion version = version(articleId, number);
        ArticleVersion next = version(articleId, number + 1);
        List<Long> published = em.createQuery("select c.id from Claim c where c.article.id = :a and c.state = :s",
                Long.class).setParameter("a", articleId).setParameter("s", ClaimState.PUBLISHED).getResultList();
        List<ClaimAnchor> anchors = published.isEmpty() ? List.of() : em.createQuery("select x from ClaimAnchor x"
                + " where x.claimId in :ids and x.version = :n and x.start is not null and x.end is not null"
                + " order by x.start, x.end desc, x.claimId", ClaimAnchor.class)
                .setParameter("ids", published).setParameter("n", number).getResultList();
        Page page = new Page(Organisation.current().name, article.title, article.url, article.publisher, number,
                version.createdAt, next.createdAt, article.currentVersion > number + 1, PublicLinks.article(baseUrl, articleId),
                paragraphs(version.body, anchors, baseUrl));
        // Shared, the page shows the card of the first fact-check marked in it.
        String card = anchors.isEmpty() ? null
                : ShareMeta.card(PublicLinks.claim(baseUrl, anchors.get(0).claimId));
        ShareMeta share = new ShareMeta("Earlier version: " + article.title, "The article as it read on "
                + VersionNotice.when(version.createdAt) + " (version " + number + "), the text a fact-check by "
                + page.organisation() + " is about.", PublicLinks.version(baseUrl, articleId, number), card,
                card == null ? null : "Fact-check card of a claim marked in this version.", page.organisation(),
                "website", null);
        return Templates.version(page, new RawString(HtmlReport.CSS), share).render();
    }

    private ArticleVersion version(long articleId, int number) {
        return em.createQuery("select v from ArticleVersion v where v.articleId = :a and v.number = :n",
                ArticleVersion.class).setParameter("a", articleId).setParameter("n", number).getSingleResult();
    }

    /**
     * The body cut into paragraphs (at {@code \n\n}) and lines, and at every claim's start and end; a run
     * inside several claims belongs to the first of them in reading order. Offsets in the anchors are code
     * points (docs/text-and-anchors.md), turned into string indices once.
     */
    static List<Paragraph> paragraphs(String body, List<ClaimAnchor> anchors, String baseUrl) {
        int codePoints = body.codePointCount(0, body.length());
        int[] index = new int[codePoints + 1];
        for (int cp = 0, i = 0; cp <= codePoints; cp++) {
            index[cp] = i;
            if (i < body.length()) {
                i += Character.charCount(body.codePointAt(i));
            }
        }
        int[][] ranges = new int[anchors.size()][];
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int k = 0; k < anchors.size(); k++) {
            ClaimAnchor a = anchors.get(k);
            int start = index[Math.min(Math.max(a.start, 0), codePoints)];
            int end = index[Math.min(Math.max(a.end, 0), codePoints)];
            ranges[k] = new int[] {start, end};
            cuts.add(start);
            cuts.add(end);
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        int from = 0;
        while (from <= body.length()) {
            int breakAt = body.indexOf("\n\n", from);
            int to = breakAt < 0 ? body.length() : breakAt;
            paragraphs.add(new Paragraph(pieces(body, from, to, cuts, ranges, anchors, baseUrl)));
            if (breakAt < 0) {
                break;
            }
            from = breakAt + 2;
        }
        return paragraphs;
    }

    private static List<Piece> pieces(String body, int from, int to, TreeSet<Integer> cuts, int[][] ranges,
            List<ClaimAnchor> anchors, String baseUrl) {
        List<Piece> pieces = new ArrayList<>();
        int at = from;
        while (at < to) {
            Integer cut = cuts.higher(at);
            int end = cut == null || cut > to ? to : cut;
            Long claim = null;
            for (int k = 0; k < ranges.length; k++) {
                if (ranges[k][0] <= at && at < ranges[k][1]) {
                    claim = anchors.get(k).claimId;
                    break;
                }
            }
            String href = claim == null ? null : PublicLinks.claim(baseUrl, claim);
            // Line breaks inside a paragraph stay line breaks.
            String[] lines = body.substring(at, end).split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                if (!lines[l].isEmpty() || l < lines.length - 1) {
                    pieces.add(new Piece(lines[l], claim, href, l < lines.length - 1));
                }
            }
            at = end;
        }
        return pieces;
    }

    /** {@code 28 November 2026 at 13:10 UTC}, as in the notice that links here. */
    @TemplateExtension(matchName = "when")
    static String when(Instant instant) {
        return VersionNotice.when(instant);
    }
}

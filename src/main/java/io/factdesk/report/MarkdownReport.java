package io.factdesk.report;

import java.util.List;
import java.util.function.Consumer;
import io.factdesk.system.Markdown;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * The report as Markdown to paste into a CMS. It is built as a CommonMark tree and written by
 * commonmark's MarkdownRenderer, which escapes every text node: a claimant called
 * {@code *Ministry* [x](javascript:...)} prints as those characters, not as markup. Rationales,
 * already Markdown, are parsed and grafted in, with raw HTML turned into plain text and links other
 * than http(s) into their text.
 */
public final class MarkdownReport {

    private static final Parser PARSER = Parser.builder().build();
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

    private MarkdownReport() {
    }

    public static String render(Report report) {
        Document doc = new Document();
        doc.appendChild(heading(1, report.title()));
        if (!report.isPublic()) {
            doc.appendChild(paragraph(strong("Internal working report, not for publication: it holds claims in every"
                    + " state.")));
        }
        doc.appendChild(paragraph(text(report.organisation().name() + (report.isPublic() ? " · Fact-check"
                : " · Working report"))));
        for (Report.ArticleInfo a : report.articles()) {
            Paragraph meta = new Paragraph();
            if (report.articles().size() > 1) {
                meta.appendChild(strong(a.title()));
                meta.appendChild(text(" · "));
            }
            meta.appendChild(text(join(a.publisher(), a.author() == null ? null : "by " + a.author(),
                    a.publishedAt() == null ? null : "published " + a.publishedAt(),
                    a.language() == null ? null : "language " + a.language())));
            if (a.url() != null) {
                meta.appendChild(text(" · "));
                meta.appendChild(link(a.url(), "original article"));
            }
            doc.appendChild(meta);
        }

        doc.appendChild(heading(2, "Summary"));
        if (report.claims().isEmpty()) {
            doc.appendChild(paragraph(emphasis(report.isPublic() ? "No fact-check of this article has been published yet."
                    : "No claims have been marked yet.")));
        } else {
            doc.appendChild(paragraph(text(report.summary().claims() + (report.summary().claims() == 1 ? " claim"
                    : " claims") + " checked" + (report.isPublic() ? "." : " or being checked."))));
            BulletList verdicts = tight(new BulletList());
            report.summary().verdicts().forEach(v -> verdicts.appendChild(item(text(v.name() + ": " + v.count()))));
            if (report.summary().withoutVerdict() > 0) {
                verdicts.appendChild(item(text("No verdict yet: " + report.summary().withoutVerdict())));
            }
            report.summary().states().stream().filter(s -> s.count() > 0)
                    .forEach(s -> verdicts.appendChild(item(text("State " + s.name() + ": " + s.count()))));
            doc.appendChild(verdicts);
            doc.appendChild(heading(2, "Claims"));
            report.claims().forEach(c -> claim(doc, c, report.isPublic()));
        }

        doc.appendChild(heading(2, "Corrections"));
        if (report.corrections().isEmpty()) {
            doc.appendChild(paragraph(emphasis("No corrections.")));
        } else {
            BulletList list = tight(new BulletList());
            for (Report.Correction x : report.corrections()) {
                list.appendChild(item(strong(HtmlReport.utc(x.republishedAt())),
                        text(" · " + (x.statement() == null ? "Claim " + x.claimId() : x.statement()) + " · verdict "
                                + dash(x.verdictBefore()) + " → " + dash(x.verdictAfter())
                                + (x.note() == null ? "" : " · " + x.note()))));
            }
            doc.appendChild(list);
        }

        doc.appendChild(heading(2, "How we check"));
        graft(doc, report.organisation().methodology(), 2);
        doc.appendChild(heading(3, "Rating scale"));
        BulletList scale = tight(new BulletList());
        report.ratingScale().forEach(l -> scale.appendChild(item(strong(l.label() + (l.rating() == null ? ""
                : " (" + l.rating() + ")")), text(l.definition() == null ? "" : ": " + l.definition()))));
        doc.appendChild(scale);
        if (report.organisation().correctionsPolicy() != null) {
            doc.appendChild(heading(3, "Corrections policy"));
            graft(doc, report.organisation().correctionsPolicy(), 3);
        }
        doc.appendChild(new ThematicBreak());
        doc.appendChild(paragraph(emphasis("Generated " + HtmlReport.utc(report.generated().at()) + " by "
                + report.organisation().name() + ". History chain head at that moment: event "
                + report.generated().chainEvents() + ", " + report.generated().chainHead() + ".")));
        return RENDERER.render(doc);
    }

    private static void claim(Document doc, Report.ReportClaim c, boolean publicOnly) {
        doc.appendChild(heading(3, c.statement() != null ? c.statement() : c.quote().exact()));
        doc.appendChild(paragraph(text("Claim " + c.id() + " · " + c.topic() + (publicOnly ? "" : " · " + c.state())
                + (c.publishedAt() == null ? "" : " · fact-check published " + HtmlReport.utc(c.publishedAt())))));
        if (c.articleChanged() != null && c.checkedVersion() != null) {
            String linkText = VersionNotice.checkedLinkText(c.checkedVersion());
            doc.appendChild(paragraph(strong(VersionNotice.changed(c.articleChanged())),
                    text(" This fact-check is about "), c.checkedVersion().publicUrl() == null ? text(linkText)
                            : link(c.checkedVersion().publicUrl(), linkText), text(".")));
        }
        BlockQuote quote = new BlockQuote();
        quote.appendChild(paragraph(text("…" + oneLine(c.quote().prefix())), strong(oneLine(c.quote().exact())),
                text(oneLine(c.quote().suffix()) + "…")));
        doc.appendChild(quote);
        BulletList facts = tight(new BulletList());
        facts.appendChild(item(strong("Claimant:"), text(" " + (c.claimant() == null ? "not named"
                : c.claimant() + (c.claimantType() == null ? "" : " (" + HtmlReport.typeWord(c.claimantType()) + ")")))));
        facts.appendChild(item(strong("Claim date:"), text(" " + (c.claimDate() == null ? "not given"
                : c.claimDate().toString()))));
        if (c.firstAppearance() != null) {
            facts.appendChild(item(strong("First made:"), text(" "), link(c.firstAppearance(), c.firstAppearance())));
        }
        facts.appendChild(item(strong("Verdict:"), text(" " + (c.verdict() == null ? "no verdict yet"
                : c.verdict().label() + (c.verdict().rating() == null ? ""
                        : " (" + c.verdict().rating() + " of " + c.verdict().bestRating() + ")")))));
        if (c.publicUrl() != null) {
            facts.appendChild(item(strong("Public page:"), text(" "), link(c.publicUrl(), c.publicUrl())));
        }
        doc.appendChild(facts);
        graft(doc, c.rationale(), 3);
        doc.appendChild(paragraph(strong("Sources")));
        if (c.sources().isEmpty()) {
            doc.appendChild(paragraph(emphasis("No sources attached.")));
            return;
        }
        OrderedList sources = tight(new OrderedList());
        for (Report.ReportSource s : c.sources()) {
            Paragraph p = new Paragraph();
            p.appendChild(text("[" + s.stance() + "] "));
            String title = s.title() != null ? s.title() : s.url();
            p.appendChild(s.url() != null ? link(s.url(), title) : text(nullToEmpty(title)));
            p.appendChild(text(prefixed(join(s.publisher(), s.author(),
                    s.publishedAt() == null ? null : "published " + s.publishedAt(),
                    s.accessedAt() == null ? null : "accessed " + s.accessedAt()))));
            if (s.archivedUrl() != null) {
                p.appendChild(text(" · "));
                p.appendChild(link(s.archivedUrl(), "archived copy"));
            }
            if (s.excerpt() != null) {
                p.appendChild(text(" · “" + s.excerpt() + "”"));
            }
            if (s.note() != null) {
                p.appendChild(text(" · " + s.note()));
            }
            ListItem li = new ListItem();
            li.appendChild(p);
            sources.appendChild(li);
        }
        doc.appendChild(sources);
    }

    /**
     * Appends the blocks of a Markdown text that stands under a heading of level {@code below}, made
     * safe for a CMS (raw HTML and odd links become text) and with its headings demoted beneath that
     * heading, as in the HTML report.
     */
    private static void graft(Document doc, String markdown, int below) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        Node parsed = PARSER.parse(markdown);
        disarm(parsed);
        Markdown.demoteHeadings(parsed, below);
        Node child = parsed.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            doc.appendChild(child);
            child = next;
        }
    }

    private static void disarm(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof HtmlInline html) {
                child.insertBefore(text(html.getLiteral()));
                child.unlink();
            } else if (child instanceof HtmlBlock html) {
                child.insertBefore(paragraph(text(html.getLiteral().strip())));
                child.unlink();
            } else if (child instanceof Link link && "#".equals(HtmlReport.href(link.getDestination()))) {
                unwrap(child);
            } else if (child instanceof Image image) {
                child.insertBefore(text(image.getDestination()));
                child.unlink();
            } else {
                disarm(child);
            }
            child = next;
        }
    }

    private static void unwrap(Node node) {
        disarm(node);
        Node inner = node.getFirstChild();
        while (inner != null) {
            Node next = inner.getNext();
            node.insertBefore(inner);
            inner = next;
        }
        node.unlink();
    }

    private static <T extends org.commonmark.node.ListBlock> T tight(T list) {
        list.setTight(true);
        return list;
    }

    private static Heading heading(int level, String title) {
        Heading h = new Heading();
        h.setLevel(level);
        h.appendChild(text(title));
        return h;
    }

    private static Paragraph paragraph(Node... children) {
        Paragraph p = new Paragraph();
        List.of(children).forEach(p::appendChild);
        return p;
    }

    private static ListItem item(Node... inline) {
        ListItem li = new ListItem();
        li.appendChild(paragraph(inline));
        return li;
    }

    private static Text text(String value) {
        return new Text(value);
    }

    private static Node strong(String value) {
        return wrap(new StrongEmphasis("**"), value);
    }

    private static Node emphasis(String value) {
        return wrap(new Emphasis("_"), value);
    }

    private static Node wrap(Node node, String value) {
        node.appendChild(text(value));
        return node;
    }

    /** A link for http(s) addresses; anything else is printed as text. */
    private static Node link(String url, String label) {
        String href = HtmlReport.href(url);
        if ("#".equals(href)) {
            return text(label);
        }
        Link link = new Link(href, null);
        link.appendChild(text(label));
        return link;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        Consumer<String> add = p -> out.append(out.length() == 0 ? "" : " · ").append(p);
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                add.accept(part);
            }
        }
        return out.toString();
    }

    private static String prefixed(String text) {
        return text.isEmpty() ? "" : " · " + text;
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }

    /** The article's paragraph breaks inside a quote's context would break the block quote apart. */
    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\s+", " ");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

package io.factdesk.suggest;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures and dates of a claim, read from its quote by the engine's readers ({@link Figures},
 * {@link Dates}) with the article's language and publication date; offsets are code points of the
 * article's body, like the anchor's. Here and not in the claim package, which knows nothing of the
 * engine (docs/architecture.md): the claim's own JSON stays as it is, and this is a resource of its own.
 */
@ApplicationScoped
public class ClaimFigures {

    /** A claim's quote read as values. */
    public record View(long claim, int start, int end, String exact, List<SuggestionView.FigureView> figures,
            List<SuggestionView.DateView> dates) {
    }

    /** What a quote says in figures and dates, offsets in the article's body. */
    public record Read(List<SuggestionView.FigureView> figures, List<SuggestionView.DateView> dates) {

        public boolean isEmpty() {
            return figures.isEmpty() && dates.isEmpty();
        }
    }

    @Inject
    ClaimService claims;

    /** 404 when there is no such claim. A quote is short: read on every request, in microseconds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View of(long claimId) {
        Claim claim = claims.get(claimId);
        Read read = read(claim.exact, claim.start, claim.article.language, claim.article.publishedAt);
        return new View(claim.id, claim.start, claim.end, claim.exact, read.figures(), read.dates());
    }

    /**
     * The figures and dates of a quote that starts at code point {@code start} of a body in
     * {@code language} (null: English), relative dates read from {@code published} (null: left
     * unresolved). No database, no state: the reports and the claim page call it as they render.
     */
    public static Read read(String quote, int start, String language, LocalDate published) {
        List<DateMention> dates = Dates.read(quote, published);
        List<Figure> figures = Figures.read(quote, language, Dates.charSpans(quote, dates));
        return new Read(figures.stream().map(f -> SuggestionView.FigureView.of(f, start)).toList(),
                dates.stream().map(d -> SuggestionView.DateView.of(d, start)).toList());
    }
}

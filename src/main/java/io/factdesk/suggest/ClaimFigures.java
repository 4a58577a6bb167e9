package io.factdesk.suggest;

import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    @Inject
    ClaimService claims;

    /** 404 when there is no such claim. A quote is short: read on every request, in microseconds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public View of(long claimId) {
        Claim claim = claims.get(claimId);
        String text = claim.exact;
        List<DateMention> dates = Dates.read(text, claim.article.publishedAt);
        List<Figure> figures = Figures.read(text, claim.article.language, Dates.charSpans(text, dates));
        int by = claim.start;
        return new View(claim.id, claim.start, claim.end, claim.exact,
                figures.stream().map(f -> SuggestionView.FigureView.of(f, by)).toList(),
                dates.stream().map(d -> SuggestionView.DateView.of(d, by)).toList());
    }
}

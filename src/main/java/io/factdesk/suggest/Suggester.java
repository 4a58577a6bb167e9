package io.factdesk.suggest;

import io.factdesk.figures.DateMention;
import io.factdesk.figures.Dates;
import io.factdesk.figures.Figure;
import io.factdesk.figures.Figures;
import io.factdesk.suggest.CheckWorthiness.Weights;
import io.factdesk.suggest.Sentences.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Claim suggestions for an article (docs/suggestions.md): its sentences in text order, each scored,
 * with figures, dates, reasons, a proposed topic and claimant; those at or above the threshold are
 * suggested. Stateless and thread-safe; the OpenNLP models load on first use.
 */
public final class Suggester {

    /** A sentence as read: its features (with their words), score, figures and dates (body offsets). */
    public record Reading(Sentence sentence, Map<Feature, String> features, double score, List<Figure> figures,
            List<DateMention> dates, boolean suggested) {}

    /** From this many sentences on, an article's sentences are read in parallel (a news story has 20 to 80). */
    static final int PARALLEL_FROM = 400;

    private final CheckWorthiness model;

    /** With the shipped weights and threshold. */
    public Suggester() {
        this(Weights.shipped());
    }

    /** With the shipped weights and another threshold (0 to 1). */
    public Suggester(double threshold) {
        this(Weights.shipped().withThreshold(threshold));
    }

    public Suggester(Weights weights) {
        this.model = new CheckWorthiness(weights);
    }

    public double threshold() {
        return model.weights().threshold();
    }

    /**
     * The suggestions for a normalised body, in text order. {@code language} (ISO 639-1, null:
     * English) decides the decimal mark; {@code published} (nullable) anchors relative dates;
     * {@code topics} are the desk's topics with their keywords.
     */
    public List<Suggestion> suggest(String body, String language, LocalDate published,
            List<Topics.TopicKeywords> topics) {
        List<Suggestion> out = new ArrayList<>();
        Claimants claimants = new Claimants();
        for (Reading r : read(body, language, published, false)) {
            Sentence s = r.sentence();
            if (r.suggested()) {
                Topics.Proposal topic = Topics.propose(s.text(), topics);
                out.add(new Suggestion(s.start(), s.end(), s.text(), r.score(), model.reasons(r.features()),
                        topic.topic(), topic.why(), claimants.propose(s), r.figures(), r.dates(),
                        Clauses.of(s, r.figures(), r.dates())));
            }
            claimants.read(s);
        }
        return out;
    }

    /**
     * Every sentence read and scored. With {@code tagAll} false, only sentences that the named-actor
     * feature could lift to the threshold are tagged (tagging is most of the cost); the others are
     * below the threshold either way, and their score is the one without that feature.
     */
    public List<Reading> read(String body, String language, LocalDate published, boolean tagAll) {
        List<Sentence> sentences = Sentences.split(body);
        // Each sentence is read on its own (the taggers are per thread), so a long article is read on every
        // core: most of a 1 MiB article's time is tagging (docs/benchmarks.md, "Suggestion engine").
        Stream<Sentence> each = sentences.size() >= PARALLEL_FROM ? sentences.parallelStream() : sentences.stream();
        return each.map(s -> read(s, language, published, tagAll)).toList();
    }

    private Reading read(Sentence s, String language, LocalDate published, boolean tagAll) {
        String text = s.text();
        List<DateMention> local = Dates.read(text, published);
        List<Figure> figures = Figures.read(text, language, Dates.charSpans(text, local));
        Map<Feature, String> features = CheckWorthiness.features(s, figures, local);
        if (tagAll || (s.candidate() && model.scoreWithActor(features) >= threshold())) {
            CheckWorthiness.namedActor(s, features);
        }
        double score = model.score(features);
        return new Reading(s, features, score, shift(figures, s.start()), shiftDates(local, s.start()),
                s.candidate() && score >= threshold());
    }

    private static List<Figure> shift(List<Figure> figures, int by) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            out.add(new Figure(f.text(), f.start() + by, f.end() + by, f.value(), f.low(), f.high(), f.unit(),
                    f.approximate()));
        }
        return out;
    }

    private static List<DateMention> shiftDates(List<DateMention> dates, int by) {
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            out.add(new DateMention(d.text(), d.start() + by, d.end() + by, d.value(), d.precision(), d.resolved(),
                    d.note()));
        }
        return out;
    }
}

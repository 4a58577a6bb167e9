package io.factdesk.suggest;

import io.factdesk.figures.DateMention;
import io.factdesk.figures.Figure;
import io.factdesk.suggest.Sentences.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * How worth checking a sentence is: yes/no {@link Feature}s, each with the words that set it,
 * combined by a logistic regression, {@code score = 1 / (1 + e^-(bias + Σ weight·feature))}. The
 * weights are learned from the labelled set by the evaluation command (docs/suggestions.md) and
 * shipped in {@code suggest/weights.properties} with the threshold chosen on the training part.
 */
public final class CheckWorthiness {

    /** Learned weights, the bias and the threshold above which a sentence is suggested. */
    public record Weights(double bias, Map<Feature, Double> weights, double threshold) {

        public static final String RESOURCE = "/suggest/weights.properties";

        public double weight(Feature f) {
            return weights.getOrDefault(f, 0.0);
        }

        /** The weights the project ships (learned by the evaluation command). */
        public static Weights shipped() {
            return Shipped.WEIGHTS;
        }

        public static Weights read(InputStream in) throws IOException {
            Properties p = new Properties();
            p.load(in);
            Map<Feature, Double> w = new EnumMap<>(Feature.class);
            for (Feature f : Feature.values()) {
                w.put(f, Double.parseDouble(p.getProperty(f.name(), "0")));
            }
            return new Weights(Double.parseDouble(p.getProperty("bias", "0")), w,
                    Double.parseDouble(p.getProperty("threshold", "0.5")));
        }

        public Weights withThreshold(double t) {
            return new Weights(bias, weights, t);
        }
    }

    private static final class Shipped {
        static final Weights WEIGHTS = load();

        private static Weights load() {
            try (InputStream in = CheckWorthiness.class.getResourceAsStream(Weights.RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(Weights.RESOURCE + " is missing: run the evaluation command");
                }
                return Weights.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Cues COMPARISON = new Cues("rose", "rise", "rises", "risen", "rising", "fell", "fall",
            "falls", "fallen", "falling", "increase", "increased", "increases", "increasing", "decrease", "decreased",
            "decreases", "decline", "declined", "declines", "declining", "grew", "grow", "grows", "grown", "growth",
            "dropped", "drop", "drops", "surge", "surged", "surges", "jumped", "jump", "jumps", "slumped", "plunge",
            "plunged", "soared", "climbed", "doubled", "tripled", "trebled", "halved", "quadrupled", "more than",
            "less than", "fewer than", "higher", "lower", "highest", "lowest", "largest", "biggest", "smallest",
            "worst", "best", "most", "least", "record", "compared with", "compared to", "up from", "down from",
            "outnumbered", "exceeded", "exceeds", "twice", "majority", "fastest", "slowest", "overtook",
            "overtaken", "cut", "reduced", "reduction", "peaked", "peak", "widened", "narrowed", "only",
            "first time", "more", "fewer", "less", "than", "since records began", "recovered", "shrank", "shrunk",
            "contracted", "expanded");
    private static final Set<String> NOT_SUPERLATIVE = Set.copyOf(List.of("interest", "honest", "modest", "protest", "forest",
            "latest", "request", "suggest", "arrest", "harvest", "contest", "west", "rest", "test", "earnest",
            "invest", "manifest", "digest", "conquest", "quest", "guest", "chest", "nest", "unrest", "protest",
            "attest", "detest", "arrest", "behest", "bequest", "inquest", "midwest", "southwest", "northwest"));
    private static final Cues ATTRIBUTION_CUES = new Cues("said", "says", "told", "according to", "reported",
            "reports", "stated", "announced", "confirmed", "insisted", "claimed", "claims", "added", "estimated",
            "estimates", "showed", "shows", "found", "revealed", "published", "warned", "noted", "argued",
            "explained", "acknowledged", "admitted", "denied", "recorded", "registered", "counted", "disclosed",
            "testified", "wrote", "concluded", "calculated", "put the", "figures from", "data from", "data showed",
            "official figures", "statistics");
    private static final Cues CAUSE = new Cues("because", "due to", "caused", "causes", "causing", "led to",
            "leads to", "lead to", "resulted in", "result of", "as a result", "blamed", "blames", "owing to",
            "thanks to", "driven by", "responsible for", "attributed to", "linked to", "contributed to", "triggered",
            "fuelled", "fueled", "consequently", "therefore", "so that", "after", "forced");
    private static final Cues FUTURE = new Cues("will", "would", "shall", "could", "might", "may", "expected",
            "expects", "expect", "hope", "hopes", "hoped", "hoping", "plan", "plans", "planned", "planning",
            "intend", "intends", "intended", "aim", "aims", "aiming", "going to", "is to", "are to", "was to",
            "were to", "wants", "want", "wanted", "seeks", "seeking", "promise", "promised", "promises", "pledge",
            "pledged", "pledges", "vow", "vowed", "vows", "forecast", "forecasts", "predict", "predicts",
            "predicted", "likely", "set to", "next", "proposal", "proposed", "would like", "hopefully", "soon",
            "upcoming", "prepare", "preparing", "'ll");
    private static final Cues OPINION = new Cues("think", "thinks", "believe", "believes", "believed", "feel",
            "feels", "felt", "fear", "fears", "feared", "worried", "worry", "angry", "happy", "proud", "sad",
            "shameful", "disgraceful", "wonderful", "terrible", "great", "brilliant", "awful", "must", "should",
            "ought", "in my view", "seems", "seemed", "appears", "appear", "clearly", "obviously", "unacceptable",
            "outrageous", "outrage", "delighted", "thrilled", "disappointed", "disappointing", "love", "loved",
            "hate", "sadly", "unfortunately", "fortunately", "amazing", "incredible", "beautiful", "lucky",
            "important", "deserve", "deserves", "fair", "unfair", "wrong", "right", "hopeful", "optimistic",
            "pessimistic", "confident", "concerned", "frustrated", "frustrating", "shocked", "shocking", "excited",
            "exciting", "nervous", "scared", "glad", "sorry");
    private static final Cues SCENE = new Cues("sun", "sunlight", "sunshine", "rain", "drizzle", "wind", "smoke",
            "dust", "crowd", "crowds", "gathered", "stood", "sat", "walked", "smiled", "laughed", "wept", "waved",
            "shouted", "cheered", "quiet", "silence", "silent", "dawn", "dusk", "clutching", "wearing", "dressed",
            "window", "windows", "corridor", "room", "table", "coffee", "tea", "scent", "smell", "noise", "sounds",
            "darkness", "snow", "sky", "leaned", "glanced", "nodded", "paused", "shrugged", "gazed", "queue",
            "queued", "pavement", "doorway", "courtyard", "hum", "humming", "murmur", "chatter", "bustle",
            "bustling", "echoed");
    private static final Cues VAGUE_QUANTITY = new Cues("hundreds", "thousands", "millions", "billions", "dozens",
            "tens of thousands", "majority", "minority", "most of", "half of", "bulk of", "handful");
    /** "450,000": grouped, at most three decimals; one per thread, as NumberFormat is not thread-safe. */
    private static final ThreadLocal<NumberFormat> FORMAT = ThreadLocal.withInitial(() -> {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.UK);
        nf.setMaximumFractionDigits(3);
        return nf;
    });
        private static final Set<String> FIRST_PERSON = Set.of("I", "we", "We", "my", "My", "our", "Our", "me", "us");

    private final Weights weights;

    public CheckWorthiness(Weights weights) {
        this.weights = weights;
    }

    public Weights weights() {
        return weights;
    }

    /** The features of a sentence that need no part-of-speech tags, each with the words that set it. */
    static Map<Feature, String> features(Sentence s, List<Figure> figures, List<DateMention> dates) {
        Map<Feature, String> out = new EnumMap<>(Feature.class);
        String text = s.text();
        String[] tokens = s.tokens();
        String[] lower = Cues.lower(tokens);
        if (!figures.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (Figure f : figures.subList(0, Math.min(3, figures.size()))) {
                shown.add(describe(f));
            }
            out.put(Feature.QUANTITY, String.join("; ", shown));
        } else {
            put(out, Feature.QUANTITY, VAGUE_QUANTITY.first(tokens, lower));
        }
        if (!dates.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (DateMention d : dates.subList(0, Math.min(3, dates.size()))) {
                shown.add(d.text() + (d.value() == null ? " (unresolved)" : " (" + d.value() + ")"));
            }
            out.put(Feature.DATE, String.join("; ", shown));
        }
        put(out, Feature.COMPARISON, COMPARISON.first(tokens, lower));
        if (!out.containsKey(Feature.COMPARISON)) {
            put(out, Feature.COMPARISON, superlative(tokens, lower));
        }
        put(out, Feature.ATTRIBUTION, attribution(tokens, lower));
        put(out, Feature.CAUSE, CAUSE.first(tokens, lower));
        int last = text.length() - 1;
        while (last >= 0 && " \"”’')".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        if (last >= 0 && text.charAt(last) == '?') {
            out.put(Feature.QUESTION, "ends with a question mark");
        }
        put(out, Feature.FUTURE, FUTURE.first(tokens, lower));
        put(out, Feature.OPINION, OPINION.first(tokens, lower));
        if (!out.containsKey(Feature.OPINION)) {
            for (String t : s.tokens()) {
                if (FIRST_PERSON.contains(t)) {
                    out.put(Feature.OPINION, "first person: " + t);
                    break;
                }
            }
        }
        put(out, Feature.SCENE, SCENE.first(tokens, lower));
        if (text.startsWith("“") || text.startsWith("\"") || text.startsWith("‘")) {
            out.put(Feature.QUOTATION, "opens with a quotation mark");
        }
        return out;
    }

    /** The named-actor feature, from runs of proper nouns in the tags (tags the sentence). */
    static void namedActor(Sentence s, Map<Feature, String> features) {
        List<String> names = Names.runs(s).stream().map(Names.Run::text).distinct().limit(3).toList();
        if (!names.isEmpty()) {
            features.put(Feature.NAMED_ACTOR, String.join(", ", names));
        }
    }

    public double score(Map<Feature, String> features) {
        double z = weights.bias();
        for (Feature f : features.keySet()) {
            z += weights.weight(f);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The score with the named-actor feature set, whatever the sentence holds: the most it could reach. */
    double scoreWithActor(Map<Feature, String> features) {
        double z = weights.bias() + weights.weight(Feature.NAMED_ACTOR);
        for (Feature f : features.keySet()) {
            if (f != Feature.NAMED_ACTOR) {
                z += weights.weight(f);
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The reasons in plain words, those for first ("a figure: more than 450.000 Syrians (at least
     * 450,000 people)", "attributed: according to the UN"), then those against ("against: a hope,
     * plan or future: will").
     */
    public List<String> reasons(Map<Feature, String> features) {
        List<String> pro = new ArrayList<>();
        List<String> con = new ArrayList<>();
        for (Map.Entry<Feature, String> e : features.entrySet()) {
            double w = weights.weight(e.getKey());
            String reason = e.getKey().words() + ": " + e.getValue();
            if (w > 0) {
                pro.add(reason);
            } else if (w < 0) {
                con.add("against: " + reason);
            }
        }
        pro.addAll(con);
        return pro;
    }

    /** "more than 450.000 Syrians (at least 450,000 people)". */
    static String describe(Figure f) {
        NumberFormat nf = FORMAT.get();
        String unit = f.unit() == null ? "" : f.unit().equals("%") ? "%" : " " + f.unit();
        String reading;
        if (f.low() != null && f.high() != null && !f.low().equals(f.high())) {
            reading = nf.format(f.low()) + " to " + nf.format(f.high()) + unit;
        } else if (f.low() == null && f.high() != null) {
            reading = (f.approximate() ? "nearly " : "at most ") + nf.format(f.value()) + unit;
        } else if (f.high() == null && f.low() != null) {
            reading = (f.approximate() ? "just over " : "at least ") + nf.format(f.value()) + unit;
        } else {
            reading = (f.approximate() ? "about " : "") + nf.format(f.value()) + unit;
        }
        return f.text().equals(reading) ? f.text() : f.text() + " (" + reading + ")";
    }

    private static void put(Map<Feature, String> out, Feature f, String words) {
        if (words != null) {
            out.put(f, words);
        }
    }

    /** A word ending in "-est" that is a superlative ("deadliest"), not "interest" or "protest". */
    private static String superlative(String[] tokens, String[] lower) {
        for (int i = 0; i < tokens.length; i++) {
            String w = lower[i];
            if (w.length() >= 6 && w.endsWith("est") && Character.isLetter(w.charAt(0))
                    && !NOT_SUPERLATIVE.contains(w)) {
                return tokens[i];
            }
        }
        return null;
    }

    /** "according to the UN", "Assad insisted", "he said": the attribution, or null. */
    private static String attribution(String[] tokens, String[] lower) {
        int at = ATTRIBUTION_CUES.firstIndex(lower);
        if (at < 0) {
            return null;
        }
        int n = ATTRIBUTION_CUES.length(lower, at);
        StringBuilder out = new StringBuilder(tokens[at]);
        for (int k = 1; k < n; k++) {
            out.append(' ').append(tokens[at + k]);
        }
        if (lower[at].equals("according")) {
            // "according to the UN": up to five words, to the next punctuation
            for (int k = at + n, words = 0; k < tokens.length && words < 5
                    && Character.isLetterOrDigit(tokens[k].codePointAt(0)); k++, words++) {
                out.append(' ').append(tokens[k]);
            }
            return out.toString();
        }
        // The word before the verb when it is a name or a pronoun: "Assad insisted", "he said".
        if (at >= 1) {
            String before = tokens[at - 1];
            if (Character.isUpperCase(before.codePointAt(0)) || Set.of("he", "she", "they", "it").contains(before)) {
                return before + " " + out;
            }
        }
        return out.toString();
    }
}

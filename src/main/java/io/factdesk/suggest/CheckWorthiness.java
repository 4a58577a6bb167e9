package io.factdesk.suggest;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern COMPARISON = Pattern.compile("\\b(?i:rose|rise|rises|risen|rising|fell|fall|falls"
            + "|fallen|falling|increased?|increases|increasing|decreased?|decreases|declined?|declines|declining"
            + "|grew|grow|grows|grown|growth|dropped|drops?|surged?|surges|jumped|jumps?|slumped|plunged?"
            + "|soared|climbed|doubled|tripled|trebled|halved|quadrupled|more than|less than|fewer than|higher"
            + "|lower|highest|lowest|largest|biggest|smallest|worst|best|most|least|record|compared with"
            + "|compared to|up from|down from|outnumbered|exceeded|exceeds|twice|majority|fastest|slowest"
            + "|overtook|overtaken|cut|reduced|reduction|peaked|peak|widened|narrowed|only|first time"
            + "|more|fewer|less|than|since records began|recovered|shrank|shrunk|contracted|expanded)\\b");
    private static final Pattern SUPERLATIVE = Pattern.compile("\\b\\p{L}{3,}est\\b");
    private static final Set<String> NOT_SUPERLATIVE = Set.copyOf(List.of("interest", "honest", "modest", "protest", "forest",
            "latest", "request", "suggest", "arrest", "harvest", "contest", "west", "rest", "test", "earnest",
            "invest", "manifest", "digest", "conquest", "quest", "guest", "chest", "nest", "unrest", "protest",
            "attest", "detest", "arrest", "behest", "bequest", "inquest", "midwest", "southwest", "northwest"));
    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(?i:said|says|told|according to|reported"
            + "|reports|stated|announced|confirmed|insisted|claimed|claims|added|estimated|estimates|showed"
            + "|shows|found|revealed|published|warned|noted|argued|explained|acknowledged|admitted|denied"
            + "|recorded|registered|counted|disclosed|testified|wrote|concluded|calculated|put the|figures from"
            + "|data from|data showed|official figures|statistics)\\b");
    private static final Pattern CAUSE = Pattern.compile("\\b(?i:because|due to|caused|causes|causing|led to"
            + "|leads to|lead to|resulted in|result of|as a result|blamed|blames|owing to|thanks to|driven by"
            + "|responsible for|attributed to|linked to|contributed to|triggered|fuelled|fueled|consequently"
            + "|therefore|so that|after|forced)\\b");
    private static final Pattern FUTURE = Pattern.compile("\\b(?i:will|would|shall|could|might|may|expected"
            + "|expects|expect|hope|hopes|hoped|hoping|plan|plans|planned|planning|intend|intends|intended|aim"
            + "|aims|aiming|going to|is to|are to|was to|were to|wants|want|wanted|seeks|seeking|promised?"
            + "|promises|pledged?|pledges|vowed?|vows|forecasts?|forecast|predicts?|predicted|likely|set to"
            + "|next|plans|proposal|proposed|would like|hopefully|soon|upcoming|prepare|preparing)\\b|['’]ll\\b");
    private static final Pattern OPINION = Pattern.compile("\\b(?i:think|thinks|believe|believes|believed|feel"
            + "|feels|felt|fear|fears|feared|worried|worry|angry|happy|proud|sad|shameful|disgraceful|wonderful"
            + "|terrible|great|brilliant|awful|must|should|ought|in my view|seems|seemed|appears|appear|clearly"
            + "|obviously|unacceptable|outrageous|outrage|delighted|thrilled|disappointed|disappointing|love"
            + "|loved|hate|sadly|unfortunately|fortunately|amazing|incredible|beautiful|lucky|important"
            + "|deserve|deserves|fair|unfair|wrong|right|hopeful|optimistic|pessimistic|confident|concerned"
            + "|frustrated|frustrating|shocked|shocking|excited|exciting|nervous|scared|glad|sorry)\\b");
    private static final Pattern SCENE = Pattern.compile("\\b(?i:sun|sunlight|sunshine|rain|drizzle|wind|smoke"
            + "|dust|crowd|crowds|gathered|stood|sat|walked|smiled|laughed|wept|waved|shouted|cheered|quiet"
            + "|silence|silent|dawn|dusk|clutching|wearing|dressed|window|windows|corridor|room|table|coffee"
            + "|tea|scent|smell|noise|sounds|darkness|snow|sky|leaned|glanced|nodded|paused|shrugged|gazed"
            + "|queue|queued|pavement|doorway|courtyard|hum|humming|murmur|chatter|bustle|bustling|echoed)\\b");
    private static final Pattern VAGUE_QUANTITY = Pattern.compile("\\b(?i:hundreds|thousands|millions|billions"
            + "|dozens|tens of thousands|majority|minority|most of|half of|bulk of|handful)\\b");
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
        if (!figures.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (Figure f : figures.subList(0, Math.min(3, figures.size()))) {
                shown.add(describe(f));
            }
            out.put(Feature.QUANTITY, String.join("; ", shown));
        } else {
            first(VAGUE_QUANTITY, text).ifPresent(w -> out.put(Feature.QUANTITY, w));
        }
        if (!dates.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (DateMention d : dates.subList(0, Math.min(3, dates.size()))) {
                shown.add(d.text() + (d.value() == null ? " (unresolved)" : " (" + d.value() + ")"));
            }
            out.put(Feature.DATE, String.join("; ", shown));
        }
        first(COMPARISON, text).or(() -> superlative(text)).ifPresent(w -> out.put(Feature.COMPARISON, w));
        attribution(s).ifPresent(w -> out.put(Feature.ATTRIBUTION, w));
        first(CAUSE, text).ifPresent(w -> out.put(Feature.CAUSE, w));
        String trimmed = text.replaceAll("[\\s\"”’')]+$", "");
        if (trimmed.endsWith("?")) {
            out.put(Feature.QUESTION, "ends with a question mark");
        }
        first(FUTURE, text).ifPresent(w -> out.put(Feature.FUTURE, w));
        first(OPINION, text).ifPresent(w -> out.put(Feature.OPINION, w));
        if (!out.containsKey(Feature.OPINION)) {
            for (String t : s.tokens()) {
                if (FIRST_PERSON.contains(t)) {
                    out.put(Feature.OPINION, "first person: " + t);
                    break;
                }
            }
        }
        first(SCENE, text).ifPresent(w -> out.put(Feature.SCENE, w));
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
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.UK);
        nf.setMaximumFractionDigits(3);
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

    private static java.util.Optional<String> first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }

    private static java.util.Optional<String> superlative(String text) {
        Matcher m = SUPERLATIVE.matcher(text);
        while (m.find()) {
            if (!NOT_SUPERLATIVE.contains(m.group().toLowerCase(Locale.ROOT))) {
                return java.util.Optional.of(m.group());
            }
        }
        return java.util.Optional.empty();
    }

    /** "according to the UN", "Assad insisted", "said Al Jazeera's Andrew Simmons": the attribution. */
    private static java.util.Optional<String> attribution(Sentence s) {
        Matcher m = ATTRIBUTION.matcher(s.text());
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String text = s.text();
        String word = m.group();
        if (word.equalsIgnoreCase("according to")) {
            int end = m.end();
            int words = 0;
            int i = end;
            while (i < text.length() && words < 5) {
                char c = text.charAt(i);
                if (c == ',' || c == '.' || c == ';' || c == ':' || c == '“' || c == '"') {
                    break;
                }
                if (c == ' ' && i > end + 1) {
                    words++;
                }
                i++;
            }
            return java.util.Optional.of(text.substring(m.start(), i).strip());
        }
        // The word before the verb when it is a name or a pronoun: "Assad insisted", "he said".
        int i = m.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int j = i;
        while (j >= 0 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j--;
        }
        String before = i > j ? text.substring(j + 1, i + 1) : "";
        if (!before.isEmpty() && (Character.isUpperCase(before.charAt(0)) || Set.of("he", "she", "they", "it")
                .contains(before))) {
            return java.util.Optional.of(before + " " + word);
        }
        return java.util.Optional.of(word);
    }
}

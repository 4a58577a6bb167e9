package io.factdesk.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The claim-matching fixture set of docs/matching.md ("Fixtures"): claims with paraphrases and labelled hard
 * negatives (matching/claims.jsonl), example fact-check library files (matching/library/) and the index saying
 * which fixture claim each good library entry reviews (matching/library-index.json).
 */
public final class MatchingFixtures {

    static final String CLAIMS = "matching/claims.jsonl";
    /** Harder paraphrases, sharing few words with their claims (docs/matching.md, "Semantic matching (experiment)"). */
    static final String HARD_PARAPHRASES = "matching/hard-paraphrases.jsonl";
    static final String LIBRARY = "matching/library/";
    static final String LIBRARY_INDEX = "matching/library-index.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LD_JSON = Pattern.compile(
            "<script[^>]*type\\s*=\\s*[\"']application/ld\\+json[\"'][^>]*>(.*?)</script>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private MatchingFixtures() {}

    /** One fixture claim: the statement, its paraphrases (same meaning) and its hard negatives (one thing changed). */
    public record Claim(String id, String subject, String claim, String claimant, List<String> paraphrases,
            List<Negative> negatives, Split split) {}

    /** A sentence that reads like the claim but says something else; {@code difference} names what changed. */
    public record Negative(Kind kind, String text, String difference) {}

    public enum Kind {
        @JsonProperty("figure") FIGURE,
        @JsonProperty("polarity") POLARITY,
        @JsonProperty("direction") DIRECTION,
        @JsonProperty("actor") ACTOR,
        @JsonProperty("place") PLACE,
        @JsonProperty("date") DATE
    }

    /** Thresholds are tuned on TRAIN only; HELDOUT (every id whose number is divisible by 3) measures them. */
    public enum Split {
        @JsonProperty("train") TRAIN,
        @JsonProperty("heldout") HELDOUT
    }

    /** A good library entry: where it is ({@code file}, {@code path}), its review URL and the claim it reviews. */
    public record LibraryEntry(String file, String path, String url, String claimId, String publisher,
            String rating) {}

    /** All fixture claims, in id order. Unknown fields or kinds fail the load. */
    public static List<Claim> load() {
        return load(CLAIMS);
    }

    /** The hard paraphrase set (ids h001…), in the same shape as the fixture claims. */
    public static List<Claim> loadHard() {
        return load(HARD_PARAPHRASES);
    }

    private static List<Claim> load(String resource) {
        List<Claim> claims = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    claims.add(JSON.readValue(line, Claim.class));
                } catch (IOException e) {
                    throw new IllegalStateException(resource + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(claims);
    }

    public static List<Claim> load(Split split) {
        return load().stream().filter(c -> c.split() == split).toList();
    }

    /** The good library entries and the fixture claims they review. */
    public static List<LibraryEntry> libraryIndex() {
        try (InputStream in = open(LIBRARY_INDEX)) {
            return List.of(JSON.readValue(in, LibraryEntry[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A library file's text, e.g. {@code libraryFile("datafeed.json")}. */
    public static String libraryFile(String name) {
        try (InputStream in = open(LIBRARY + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A library JSON file parsed as a tree; throws for the deliberately broken not-json.json. */
    public static JsonNode libraryJson(String name) throws IOException {
        return JSON.readTree(libraryFile(name));
    }

    /** The bodies of the page's {@code <script type="application/ld+json">} elements, in page order. */
    public static List<String> ldJsonScripts(String html) {
        List<String> scripts = new ArrayList<>();
        Matcher m = LD_JSON.matcher(html);
        while (m.find()) {
            scripts.add(m.group(1).strip());
        }
        return scripts;
    }

    /**
     * How many words two sentences share: Dice's coefficient over their distinct terms as the index analyses them
     * (English stop words dropped, Porter stems), 0 (none shared) to 1 (the same terms).
     */
    public static double wordOverlap(String a, String b) {
        Set<String> ta = terms(a);
        Set<String> tb = terms(b);
        if (ta.isEmpty() && tb.isEmpty()) {
            return 1;
        }
        Set<String> both = new LinkedHashSet<>(ta);
        both.retainAll(tb);
        return 2.0 * both.size() / (ta.size() + tb.size());
    }

    private static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (EnglishAnalyzer analyzer = new EnglishAnalyzer(); TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static InputStream open(String resource) {
        InputStream in = MatchingFixtures.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return in;
    }
}

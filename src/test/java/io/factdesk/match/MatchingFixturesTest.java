package io.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.match.MatchingFixtures.Claim;
import io.factdesk.match.MatchingFixtures.Kind;
import io.factdesk.match.MatchingFixtures.LibraryEntry;
import io.factdesk.match.MatchingFixtures.Negative;
import io.factdesk.match.MatchingFixtures.Split;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fixture set keeps its own rules (docs/matching.md, "Fixtures"). */
class MatchingFixturesTest {

    private static final List<String> GOOD_JSON = List.of("claimreview-single.json", "claimreview-array.json",
            "claimreview-graph.json", "factchecktools-search.json", "datafeed.json");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern PATH_STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final List<Claim> claims = MatchingFixtures.load();

    @Test
    void atLeast150ClaimsWithUniqueIds() {
        assertThat(claims).hasSizeGreaterThanOrEqualTo(150);
        assertThat(claims).extracting(Claim::id).doesNotHaveDuplicates().allMatch(id -> id.matches("c\\d{3}"));
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.claim()).as(c.id()).isNotBlank();
            assertThat(c.claimant()).as(c.id()).isNotBlank();
        });
    }

    @Test
    void everyClaimHasTwoParaphrasesAndTwoLabelledNegatives() {
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.paraphrases()).as("paraphrases of %s", c.id()).hasSizeGreaterThanOrEqualTo(2)
                    .allMatch(p -> !p.isBlank());
            assertThat(c.negatives()).as("negatives of %s", c.id()).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(n -> {
                        assertThat(n.kind()).isNotNull();
                        assertThat(n.text()).isNotBlank();
                        assertThat(n.difference()).isNotBlank();
                    });
        });
        Set<Kind> used = claims.stream().flatMap(c -> c.negatives().stream()).map(Negative::kind)
                .collect(Collectors.toSet());
        assertThat(used).as("every kind of negative is used").containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void claimsCoverAtLeastEightSubjects() {
        Map<String, Long> perSubject = claims.stream()
                .collect(Collectors.groupingBy(Claim::subject, Collectors.counting()));
        assertThat(perSubject).hasSizeGreaterThanOrEqualTo(8);
        assertThat(perSubject.values()).allMatch(n -> n >= 10);
    }

    @Test
    void everyThirdIdIsHeldOutAndTheHeldOutShareIsBetween25And35Percent() {
        assertThat(claims).allSatisfy(c -> assertThat(c.split()).as(c.id())
                .isEqualTo(Integer.parseInt(c.id().substring(1)) % 3 == 0 ? Split.HELDOUT : Split.TRAIN));
        double heldOut = (double) MatchingFixtures.load(Split.HELDOUT).size() / claims.size();
        assertThat(heldOut).isBetween(0.25, 0.35);
        Set<String> subjectsHeldOut = MatchingFixtures.load(Split.HELDOUT).stream().map(Claim::subject)
                .collect(Collectors.toSet());
        assertThat(subjectsHeldOut).as("every subject has held-out claims")
                .isEqualTo(claims.stream().map(Claim::subject).collect(Collectors.toSet()));
    }

    @Test
    void noParaphraseOrNegativeRepeatsItsClaimAndNoSentenceIsUsedTwice() {
        Set<String> seen = new HashSet<>();
        for (Claim c : claims) {
            assertThat(c.paraphrases()).as(c.id()).doesNotContain(c.claim());
            assertThat(c.negatives()).extracting(Negative::text).as(c.id()).doesNotContain(c.claim());
            List<String> sentences = new ArrayList<>(c.paraphrases());
            sentences.add(c.claim());
            c.negatives().forEach(n -> sentences.add(n.text()));
            for (String s : sentences) {
                assertThat(seen.add(s.strip().toLowerCase())).as("used twice: %s (%s)", s, c.id()).isTrue();
            }
        }
    }

    @Test
    void theHardSetHasSixtyClaimsSharingFewWordsWithTheirParaphrasesAndHoldsOutEveryThirdId() {
        List<Claim> hard = MatchingFixtures.loadHard();
        assertThat(hard).hasSizeGreaterThanOrEqualTo(60);
        assertThat(hard).extracting(Claim::id).doesNotHaveDuplicates().allMatch(id -> id.matches("h\\d{3}"));
        assertThat(hard.stream().map(Claim::subject).distinct().count()).isGreaterThanOrEqualTo(8);
        Set<String> seen = new HashSet<>();
        claims.forEach(c -> seen.add(c.claim().strip().toLowerCase()));
        for (Claim c : hard) {
            assertThat(c.split()).as(c.id())
                    .isEqualTo(Integer.parseInt(c.id().substring(1)) % 3 == 0 ? Split.HELDOUT : Split.TRAIN);
            assertThat(c.paraphrases()).as(c.id()).hasSizeBetween(1, 2);
            assertThat(c.negatives()).as(c.id()).isNotEmpty()
                    .allSatisfy(n -> assertThat(n.difference()).isNotBlank());
            List<String> sentences = new ArrayList<>(c.paraphrases());
            sentences.add(c.claim());
            c.negatives().forEach(n -> sentences.add(n.text()));
            for (String s : sentences) {
                assertThat(seen.add(s.strip().toLowerCase())).as("used twice: %s (%s)", s, c.id()).isTrue();
            }
        }
        // few shared words: on average under 0.35 (Dice over analysed terms), against 0.77 in claims.jsonl
        double hardOverlap = hard.stream().flatMap(c -> c.paraphrases().stream()
                .map(p -> MatchingFixtures.wordOverlap(c.claim(), p))).mapToDouble(Double::doubleValue).average()
                .orElseThrow();
        double mainOverlap = claims.stream().flatMap(c -> c.paraphrases().stream()
                .map(p -> MatchingFixtures.wordOverlap(c.claim(), p))).mapToDouble(Double::doubleValue).average()
                .orElseThrow();
        assertThat(hardOverlap).isLessThan(0.35).isLessThan(mainOverlap);
        // {unemploy, fell, 4.2} against {jobless, drop, 4.2}: one of three terms each shared
        assertThat(MatchingFixtures.wordOverlap("Unemployment fell to 4.2%.", "Joblessness dropped to 4.2%."))
                .isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void everyFigureNegativeChangesANumberOfTheClaim() {
        List<String> unchanged = new ArrayList<>();
        for (Claim c : claims) {
            for (Negative n : c.negatives()) {
                if (n.kind() == Kind.FIGURE && numbers(n.text()).equals(numbers(c.claim()))) {
                    unchanged.add(c.id() + ": " + n.text());
                }
            }
        }
        assertThat(unchanged).isEmpty();
        assertThat(numbers("1,240 civilians in 2023")).containsExactly("1240", "2023");
        assertThat(numbers("1,420 civilians in 2023")).isNotEqualTo(numbers("1,240 civilians in 2023"));
    }

    @Test
    void everyGoodLibraryFileParsesAndThePageHasOneLdJsonScript() throws IOException {
        for (String file : GOOD_JSON) {
            assertThat(MatchingFixtures.libraryJson(file)).as(file).isNotNull();
        }
        List<String> scripts = MatchingFixtures.ldJsonScripts(MatchingFixtures.libraryFile("claimreview-page.html"));
        assertThat(scripts).hasSize(1);
        assertThat(new ObjectMapper().readTree(scripts.get(0)).path("@type").asText()).isEqualTo("ClaimReview");
    }

    @Test
    void theIndexNamesEveryGoodLibraryEntryAndTheFixtureClaimItReviews() throws IOException {
        List<LibraryEntry> index = MatchingFixtures.libraryIndex();
        assertThat(index).hasSizeGreaterThanOrEqualTo(30);
        Set<String> ids = claims.stream().map(Claim::id).collect(Collectors.toSet());
        for (LibraryEntry entry : index) {
            assertThat(ids).as("claim of %s %s", entry.file(), entry.path()).contains(entry.claimId());
            JsonNode review = resolve(entry);
            assertThat(review.path("url").asText()).as("%s %s", entry.file(), entry.path()).isEqualTo(entry.url());
        }
        int inFiles = 0;
        for (String file : GOOD_JSON) {
            JsonNode root = MatchingFixtures.libraryJson(file);
            inFiles += file.startsWith("factchecktools")
                    ? root.path("claims").findValues("claimReview").stream().mapToInt(JsonNode::size).sum()
                    : countClaimReviews(root);
        }
        inFiles += 1; // the page's one script
        assertThat(index).as("every good entry is indexed").hasSize(inFiles);
    }

    @Test
    void someReviewsAppearInTwoFilesForTheReImportTest() {
        Map<String, Set<String>> filesPerUrl = MatchingFixtures.libraryIndex().stream().collect(Collectors.groupingBy(
                LibraryEntry::url, Collectors.mapping(LibraryEntry::file, Collectors.toCollection(TreeSet::new))));
        assertThat(filesPerUrl.values().stream().filter(files -> files.size() == 2).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void thePartlyBrokenFeedsSidecarAccountsForEveryItem() throws IOException {
        JsonNode feed = MatchingFixtures.libraryJson("datafeed-partly-broken.json");
        JsonNode expected = MatchingFixtures.libraryJson("datafeed-partly-broken.expected.json");
        Set<String> items = new TreeSet<>();
        JsonNode elements = feed.path("dataFeedElement");
        for (int i = 0; i < elements.size(); i++) {
            for (int j = 0; j < elements.get(i).path("item").size(); j++) {
                items.add("dataFeedElement[" + i + "].item[" + j + "]");
            }
        }
        Function<String, Set<String>> paths = field -> expected.path(field).findValuesAsText("path").stream()
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> valid = paths.apply("valid");
        Set<String> skipped = paths.apply("skipped");
        assertThat(valid).isNotEmpty().doesNotContainAnyElementsOf(skipped);
        assertThat(skipped).hasSizeGreaterThanOrEqualTo(4);
        Set<String> all = new TreeSet<>(valid);
        all.addAll(skipped);
        assertThat(all).isEqualTo(items);
        for (String path : items) {
            JsonNode item = at(feed, path);
            boolean looksValid = item.path("@type").asText().equals("ClaimReview")
                    && !item.path("claimReviewed").asText().isBlank()
                    && item.path("reviewRating").path("ratingValue").isNumber()
                    && item.path("url").asText().matches("https?://[^\\s/]+\\.[^\\s/]+/\\S*");
            assertThat(looksValid).as(path).isEqualTo(valid.contains(path));
        }
    }

    @Test
    void theBrokenFilesAreBrokenInTheirOwnWay() throws IOException {
        assertThatThrownBy(() -> MatchingFixtures.libraryJson("not-json.json"))
                .isInstanceOf(JsonProcessingException.class);
        assertThat(MatchingFixtures.ldJsonScripts(MatchingFixtures.libraryFile("page-without-jsonld.html"))).isEmpty();
        JsonNode wrongType = MatchingFixtures.libraryJson("claimreview-wrong-type.json");
        assertThat(wrongType.path("@type").asText()).isNotEqualTo("ClaimReview");
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group().replace(",", ""));
        }
        found.sort(null);
        return found;
    }

    private static int countClaimReviews(JsonNode node) {
        int n = "ClaimReview".equals(node.path("@type").asText()) ? 1 : 0;
        for (JsonNode child : node) {
            n += countClaimReviews(child);
        }
        return n;
    }

    private static JsonNode resolve(LibraryEntry entry) throws IOException {
        if (entry.file().endsWith(".html")) {
            List<String> scripts = MatchingFixtures.ldJsonScripts(MatchingFixtures.libraryFile(entry.file()));
            return new ObjectMapper().readTree(scripts.get(Integer.parseInt(entry.path().replaceAll("\\D", ""))));
        }
        return at(MatchingFixtures.libraryJson(entry.file()), entry.path());
    }

    private static JsonNode at(JsonNode root, String path) {
        if (path.equals("$")) {
            return root;
        }
        JsonNode node = root;
        Matcher m = PATH_STEP.matcher(path);
        while (m.find()) {
            node = m.group(1) != null ? node.path(m.group(1)) : node.path(Integer.parseInt(m.group(2)));
        }
        assertThat(node.isMissingNode()).as("path %s", path).isFalse();
        return node;
    }
}

package io.factdesk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.system.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the example library (src/test/resources/matching/library, NOTES.md there): each shape, each break. */
class LibraryFileTest {

    static final String DIR = "matching/library/";

    static String fixture(String name) {
        try (InputStream in = LibraryFileTest.class.getClassLoader().getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of library-index.json for one file: path and URL, in file order. */
    static List<String[]> indexed(String file) {
        try (InputStream in = LibraryFileTest.class.getClassLoader()
                .getResourceAsStream("matching/library-index.json")) {
            List<String[]> rows = new ArrayList<>();
            for (JsonNode e : new ObjectMapper().readTree(in)) {
                if (e.get("file").asText().equals(file)) {
                    rows.add(new String[] { e.get("path").asText(), e.get("url").asText(), e.get("rating").asText(),
                            e.get("publisher").asText() });
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readsAsIndexed(String file, LibraryFile.Format format) {
        LibraryFile.Contents contents = LibraryFile.read(fixture(file));
        assertThat(contents.format()).isEqualTo(format);
        assertThat(contents.skipped()).isEmpty();
        List<String[]> expected = indexed(file);
        assertThat(contents.reviews()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            LibraryReview r = contents.reviews().get(i);
            assertThat(r.path()).isEqualTo(expected.get(i)[0]);
            assertThat(r.url()).isEqualTo(expected.get(i)[1]);
            assertThat(r.ratingText()).isEqualTo(expected.get(i)[2]);
            assertThat(r.reviewerName()).isEqualTo(expected.get(i)[3]);
            assertThat(r.claimText()).isNotBlank();
            assertThat(r.rawJson()).startsWith("{").contains(r.url());
        }
    }

    @Test
    void oneClaimReviewIsReadWithEveryFieldAndItsRatingNormalised() {
        LibraryFile.Contents contents = LibraryFile.read(fixture("claimreview-single.json"));
        assertThat(contents.format()).isEqualTo(LibraryFile.Format.CLAIM_REVIEW);
        LibraryReview r = contents.reviews().get(0);
        assertThat(r.path()).isEqualTo("$");
        assertThat(r.claimText()).isEqualTo(
                "The Varnesk governor says 1,240 civilians were killed in the province in 2023.");
        assertThat(r.claimant()).isEqualTo("Iver Lunde");
        assertThat(r.claimDate()).isEqualTo(LocalDate.of(2024, 1, 30));
        assertThat(r.reviewerName()).isEqualTo("Harbour Fact Desk");
        assertThat(r.reviewerSite()).isEqualTo("https://harbourfactdesk.example.org");
        assertThat(r.reviewDate()).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(r.ratingText()).isEqualTo("Mostly false");
        assertThat(r.ratingValue()).isCloseTo(0.25, within(1e-9)); // 2 on 1–5
        assertThat(r.language()).isEqualTo("en");
    }

    @Test
    void eachGoodShapeIsReadAsTheIndexSays() {
        readsAsIndexed("claimreview-single.json", LibraryFile.Format.CLAIM_REVIEW);
        readsAsIndexed("claimreview-array.json", LibraryFile.Format.CLAIM_REVIEW);
        readsAsIndexed("claimreview-graph.json", LibraryFile.Format.CLAIM_REVIEW);
        readsAsIndexed("claimreview-page.html", LibraryFile.Format.CLAIM_REVIEW_PAGE);
        readsAsIndexed("factchecktools-search.json", LibraryFile.Format.FACT_CHECK_TOOLS);
        readsAsIndexed("datafeed.json", LibraryFile.Format.DATA_FEED);
    }

    @Test
    void factCheckToolsReviewsCarryTheClaimsTextClaimantAndDateAndNoNumber() {
        LibraryReview r = LibraryFile.read(fixture("factchecktools-search.json")).reviews().get(0);
        assertThat(r.claimText()).isEqualTo("Annual inflation fell to 4.2% in March, says the statistics office.");
        assertThat(r.claimant()).isEqualTo("National Statistics Office of Kestria");
        assertThat(r.claimDate()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(r.reviewerSite()).isEqualTo("harbourfactdesk.example.org");
        assertThat(r.title()).isEqualTo("Inflation did fall to 4.2% in March");
        assertThat(r.reviewDate()).isEqualTo(LocalDate.of(2025, 4, 16));
        assertThat(r.ratingValue()).isNull();
        assertThat(r.rawJson()).contains("\"claimReview\":{").doesNotContain("nextPageToken");
    }

    @Test
    void aRatingValueWrittenAsANumericStringIsReadAsANumber() {
        LibraryReview c050 = LibraryFile.read(fixture("datafeed.json")).reviews().get(5);
        assertThat(c050.url()).endsWith("/varga-signatures-310000");
        assertThat(c050.ratingValue()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void thePartlyBrokenFeedKeepsTheValidItemsAndNamesEachSkippedOneByPathWithTheExpectedReason()
            throws IOException {
        JsonNode expected = new ObjectMapper().readTree(fixture("datafeed-partly-broken.expected.json"));
        LibraryFile.Contents contents = LibraryFile.read(fixture("datafeed-partly-broken.json"));
        List<String> validPaths = new ArrayList<>();
        List<String> validUrls = new ArrayList<>();
        expected.get("valid").forEach(v -> {
            validPaths.add(v.get("path").asText());
            validUrls.add(v.get("url").asText());
        });
        assertThat(contents.reviews()).extracting(LibraryReview::path).containsExactlyElementsOf(validPaths);
        assertThat(contents.reviews()).extracting(LibraryReview::url).containsExactlyElementsOf(validUrls);
        List<LibraryFile.Skipped> skipped = new ArrayList<>();
        expected.get("skipped").forEach(s -> skipped.add(new LibraryFile.Skipped(s.get("path").asText(),
                s.get("reason").asText())));
        assertThat(contents.skipped()).containsExactlyElementsOf(skipped);
    }

    @Test
    void aFileWithNothingToImportIsRefusedWith422SayingWhy() {
        assertRefused("not-json.json", "The file is not valid JSON: it breaks off or goes wrong at line");
        assertRefused("page-without-jsonld.html",
                "The page holds no JSON-LD: it has no <script type=\"application/ld+json\">.");
        assertRefused("claimreview-wrong-type.json",
                "The file holds a schema.org Review, not a ClaimReview: nothing to import.");
        assertThatThrownBy(() -> LibraryFile.read("  ")).hasMessage("The file is empty.");
        assertThatThrownBy(() -> LibraryFile.read("[]")).hasMessageContaining("holds no reviews");
        assertThatThrownBy(() -> LibraryFile.read("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                + "\"WebSite\"}]}")).hasMessage("The @graph holds no ClaimReview (only WebSite).");
        assertThatThrownBy(() -> LibraryFile.read("[{\"@type\":\"ClaimReview\"}]"))
                .hasMessageStartingWith("Nothing to import: every element of the file was skipped ([0]: missing"
                        + " claimReviewed)");
    }

    @Test
    void ratingsOutsideTheirScaleOrWithoutAnyVerdictAreSkippedWithTheReason() {
        String base = "{\"@type\":\"ClaimReview\",\"url\":\"https://x.example.org/a\",\"claimReviewed\":\"A claim\"";
        LibraryFile.Contents contents = LibraryFile.read("[" + base + ",\"reviewRating\":{\"ratingValue\":7,"
                + "\"bestRating\":5,\"worstRating\":1}}," + base + "}," + base + ",\"reviewRating\":{\"ratingValue\":"
                + "\"1\",\"bestRating\":\"1\",\"worstRating\":\"5\",\"alternateName\":\"True\"}}," + base
                + ",\"reviewRating\":{\"ratingValue\":3,\"alternateName\":\"Half\"}}]");
        assertThat(contents.skipped()).containsExactly(
                new LibraryFile.Skipped("[0]", "reviewRating.ratingValue 7 is outside worstRating 1 to bestRating 5"),
                new LibraryFile.Skipped("[1]", "missing reviewRating (neither alternateName nor ratingValue)"));
        assertThat(contents.reviews().get(0).ratingValue()).as("best may be the lower number").isEqualTo(1.0);
        assertThat(contents.reviews().get(1).ratingValue()).as("no scale given: no number").isNull();
    }

    private static void assertRefused(String file, String detail) {
        assertThatThrownBy(() -> LibraryFile.read(fixture(file))).isInstanceOf(ProblemException.class)
                .satisfies(e -> {
                    ProblemException p = (ProblemException) e;
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.getMessage()).startsWith(detail);
                    assertThat(p.errorFor("file")).startsWith(detail);
                });
    }
}

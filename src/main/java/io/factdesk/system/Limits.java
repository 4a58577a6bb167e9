package io.factdesk.system;

import io.quarkus.qute.TemplateData;

/**
 * Every limit of a field a user sends (lengths, ranges, patterns), declared here once and read by
 * the three places that state it:
 * <ul>
 * <li>the check: the services refuse with {@link FieldChecks}, which keeps the problem+json and the
 * form's messages as they are (one message per field, every field at once, lengths in code points);</li>
 * <li>the document: the API's request records carry Bean Validation annotations with these values
 * ({@code @Size(max = Limits.STATEMENT)}), which smallrye-openapi turns into {@code maxLength},
 * {@code minimum}, {@code pattern}... in {@code /q/openapi}. Nothing asks Hibernate Validator to
 * enforce them (no {@code @Valid}): its messages, its order and its UTF-16 counting would differ;</li>
 * <li>the forms: templates read them as {@code {Limits:STATEMENT}}, for {@code maxlength} and hints.</li>
 * </ul>
 * Lengths count code points, as JSON Schema's {@code maxLength} does; a browser's {@code maxlength}
 * counts UTF-16 units, so for text of characters outside the Basic Multilingual Plane (emoji) a form
 * is stricter than the API. {@code FieldLimitsTest} compares every documented limit with this class,
 * and follows a few fields through all three places.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
public final class Limits {

    private Limits() {
    }

    // ---- addresses and bibliographic fields, wherever they appear ----

    /** Any http(s) address: an article's, a source's and its archived copy's, a claim's first appearance... */
    public static final int URL = 2_000;
    /** The title of an article or of a source. */
    public static final int TITLE = 500;
    /** The publisher or the author of an article or of a source. */
    public static final int PUBLISHER_OR_AUTHOR = 300;
    /** An article's language tag (BCP 47, in short): its length and its form. */
    public static final int LANGUAGE = 35;
    public static final String LANGUAGE_TAG = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";

    // ---- claims and their review ----

    public static final int STATEMENT = 1_000;
    public static final int CLAIMANT = 300;
    public static final int RATIONALE = 20_000;
    public static final int COMMENT = 20_000;
    /** The note of a move (send back, reopen, restore, dismiss, approve, publish...), kept in the history. */
    public static final int MOVE_NOTE = 20_000;
    /** The note that comes with a new version of an article's text. */
    public static final int VERSION_NOTE = 2_000;
    /** Text asked about for matches (POST /api/matches): a selection being marked, a claim's words. */
    public static final int MATCH_TEXT = 2_000;
    /** How many claims one bulk move takes. */
    public static final int BULK_CLAIMS = 500;

    // ---- evidence ----

    public static final int EVIDENCE_EXCERPT = 5_000;
    public static final int EVIDENCE_NOTE = 2_000;

    // ---- managed lists: topics and the rating scale ----

    public static final int TOPIC_NAME = 100;
    /** Topic colours are palette slots 0 to {@code TOPIC_COLOURS - 1} (CSS classes tc-N). */
    public static final int TOPIC_COLOURS = 8;
    public static final int TOPIC_COLOUR_MAX = TOPIC_COLOURS - 1;
    /** How many keywords (or phrases) a topic may have; the suggestions propose topics by them. */
    public static final int TOPIC_KEYWORDS = 100;
    /** One keyword or phrase of a topic. */
    public static final int TOPIC_KEYWORD = 60;
    public static final int LABEL = 100;
    public static final int LABEL_DESCRIPTION = 1_000;
    /** Rating label colours are palette slots 0 to {@code LABEL_COLOURS - 1} (CSS classes vc-N). */
    public static final int LABEL_COLOURS = 8;
    public static final int LABEL_COLOUR_MAX = LABEL_COLOURS - 1;
    /** A label's rating: a whole number from 0 to this (higher is truer), or none. */
    public static final int RATING_MAX = 100;

    // ---- accounts ----

    public static final int USERNAME_MIN = 2;
    public static final int USERNAME_MAX = 64;
    /** Lower-case letters, digits, '.', '_' or '-', starting with a letter or digit; from MIN to MAX long. */
    public static final String USERNAME = "^[a-z0-9][a-z0-9._-]{" + (USERNAME_MIN - 1) + ","
            + (USERNAME_MAX - 1) + "}$";
    public static final int PASSWORD_MIN = 8;
    public static final int DISPLAY_NAME = 200;
    public static final int TOKEN_NAME = 100;

    // ---- the organisation that reports print ----

    public static final int ORGANISATION_NAME = 200;
    /** Its methodology and its corrections policy (Markdown). */
    public static final int ORGANISATION_TEXT = 20_000;

    // ---- the fact-check library (docs/matching.md, "Fact-check library") ----

    /** The largest file one library import takes, in bytes (a JSON body or an uploaded file). */
    public static final int LIBRARY_UPLOAD_BYTES = 5 * 1024 * 1024;
    /** How many reviews (valid or skipped) one library file may hold. */
    public static final int LIBRARY_ENTRIES = 5_000;
    /** The claim text of one review ({@code claimReviewed}, a Fact Check Tools claim's {@code text}). */
    public static final int LIBRARY_CLAIM = 5_000;
    /** A review's verdict as text ({@code alternateName}, {@code textualRating}). */
    public static final int LIBRARY_RATING = 500;
    /** The search words of the library list. */
    public static final int LIBRARY_QUERY = 200;
}

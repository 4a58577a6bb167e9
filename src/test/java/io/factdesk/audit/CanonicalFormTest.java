package io.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.audit.AuditChain;
import io.factdesk.audit.CanonicalJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical form of docs/history.md: what is hashed, byte for byte. */
class CanonicalFormTest {

    /**
     * The worked example of docs/history.md. Its text and hash were computed with Python's
     * json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False) and hashlib, not with
     * this code, so the two implementations are checked against each other.
     */
    @Test
    void theDocumentedExampleHashesAsPythonComputesIt() {
        Map<String, Object> before = new HashMap<>();
        before.put("statement", "More than 450.000 Syrians died.");
        before.put("claimDate", null);
        Map<String, Object> after = Map.of("statement",
                "More than 450,000 Syrians have been killed — \"Al Jazeera\"", "claimDate", LocalDate.of(2016, 7, 14));
        AuditChain.Content content = new AuditChain.Content(1, Instant.parse("2026-03-01T09:30:00.123456Z"), 2L,
                "reviewer", "CLAIM_EDITED", 7L, 42L, CanonicalJson.write(before), CanonicalJson.write(after),
                "Thousands separator: 450.000 is European notation\n(see the article)", AuditChain.GENESIS);

        assertThat(content.canonical()).isEqualTo("{\"actor\":\"reviewer\",\"actorId\":2,\"after\":{\"claimDate\":"
                + "\"2016-07-14\",\"statement\":\"More than 450,000 Syrians have been killed — \\\"Al Jazeera\\\"\"},"
                + "\"articleId\":7,\"before\":{\"claimDate\":null,\"statement\":\"More than 450.000 Syrians died.\"},"
                + "\"claimId\":42,"
                + "\"comment\":\"Thousands separator: 450.000 is European notation\\n(see the article)\","
                + "\"occurredAt\":\"2026-03-01T09:30:00.123456Z\",\"prevHash\":\"" + "0".repeat(64) + "\",\"seq\":1,"
                + "\"type\":\"CLAIM_EDITED\"}");
        assertThat(content.hash()).isEqualTo("d29d4d631ae45ce27ac6b02bf170c944238bfa50b62d55933dc613ec62a77fa9");
    }

    @Test
    void membersAreSortedAtEveryDepthWithoutWhiteSpace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of(true, false));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", inner);
        outer.put("a", "x");

        assertThat(CanonicalJson.write(outer)).isEqualTo("{\"a\":\"x\",\"b\":{\"a\":[true,false],\"z\":1}}");
    }

    @Test
    void stringsAreEscapedAsRfc8785AndPythonDo() {
        assertThat(CanonicalJson.write(List.of("\"\\/\b\f\n\r\t\u0001\u001f\u007f")))
                .isEqualTo("[\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\u007f\"]");
        assertThat(CanonicalJson.write(List.of("é € 😀 \u2028"))).isEqualTo("[\"é € 😀 \u2028\"]");
    }

    @Test
    void numbersAreIntegersAndEverythingElseIsText() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("int", 7);
        values.put("long", 9_007_199_254_740_993L);
        values.put("decimal", new BigDecimal("4.50"));
        values.put("double", 0.5);
        values.put("date", LocalDate.of(2016, 7, 14));
        values.put("instant", Instant.parse("2016-07-14T10:00:00Z"));
        values.put("enum", EventType.TRANSITION);
        values.put("nothing", null);

        assertThat(CanonicalJson.write(values)).isEqualTo("{\"date\":\"2016-07-14\",\"decimal\":\"4.50\","
                + "\"double\":\"0.5\",\"enum\":\"TRANSITION\",\"instant\":\"2016-07-14T10:00:00Z\",\"int\":7,"
                + "\"long\":9007199254740993,\"nothing\":null}");
    }

    @Test
    void textThatNoDatabaseStoresBecomesTheReplacementCharacter() {
        assertThat(CanonicalJson.storable("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(CanonicalJson.storable("lone \uD83D end")).isEqualTo("lone \uFFFD end");
        assertThat(CanonicalJson.storable("\uDE00 then 😀")).isEqualTo("\uFFFD then 😀");
        assertThat(CanonicalJson.storable("fine 😀")).isEqualTo("fine 😀");
    }

    @Test
    void valuesWithoutAJsonMeaningAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.write(Map.of("user", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON-friendly");
    }

    @Test
    void timeHasMicrosecondsAlwaysWrittenInUtc() {
        assertThat(AuditChain.formatTime(Instant.parse("2026-03-01T09:30:00Z")))
                .isEqualTo("2026-03-01T09:30:00.000000Z");
        assertThat(AuditChain.chainTime(Instant.parse("2026-03-01T09:30:00.123456789Z")))
                .isEqualTo(Instant.parse("2026-03-01T09:30:00.123456Z"));
    }

    @Test
    void theHashCoversEveryMember() {
        AuditChain.Content content = new AuditChain.Content(5, Instant.parse("2026-03-01T09:30:00Z"), null, null,
                "SIGN_IN_FAILED", null, null, "{}", "{\"username\":\"x\"}", null, AuditChain.GENESIS);
        String hash = content.hash();
        List<AuditChain.Content> changed = Arrays.asList(
                new AuditChain.Content(6, content.occurredAt(), null, null, "SIGN_IN_FAILED", null, null, "{}",
                        "{\"username\":\"x\"}", null, AuditChain.GENESIS),
                new AuditChain.Content(5, content.occurredAt().plusNanos(1000), null, null, "SIGN_IN_FAILED", null,
                        null, "{}", "{\"username\":\"x\"}", null, AuditChain.GENESIS),
                new AuditChain.Content(5, content.occurredAt(), null, null, "SIGN_IN_FAILED", null, null, "{}",
                        "{\"username\":\"y\"}", null, AuditChain.GENESIS),
                new AuditChain.Content(5, content.occurredAt(), null, null, "SIGN_IN_FAILED", null, null, "{}",
                        "{\"username\":\"x\"}", "", AuditChain.GENESIS),
                new AuditChain.Content(5, content.occurredAt(), null, null, "SIGN_IN_FAILED", null, null, "{}",
                        "{\"username\":\"x\"}", null, "1" + AuditChain.GENESIS.substring(1)));
        changed.forEach(c -> assertThat(c.hash()).isNotEqualTo(hash));
    }
}

package io.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which addresses a source may have, and when two spellings are the same source (docs/sources.md). */
class SourceUrlTest {

    @ParameterizedTest
    @ValueSource(strings = { "https://www.un.org/press/en/2016/sc12345.doc.htm", "http://example.org",
            "HTTPS://Example.ORG/Path?q=1#top", "https://bücher.de/katalog", "http://[2001:db8::1]:8080/x",
            "https://example.org/search?filter[year]=2016&q=a|b" })
    void httpAndHttpsAddressesAreAccepted(String url) {
        assertThat(SourceUrl.refusal(url, "URL")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "javascript:alert(1)            | javascript: addresses are not accepted",
            "JavaScript:alert(document.cookie) | javascript: addresses are not accepted",
            "data:text/html;base64,PHNjcmlwdD4= | data: addresses are not accepted",
            "file:///etc/passwd             | file: addresses are not accepted",
            "ftp://ftp.example.org/report.pdf | ftp: addresses are not accepted",
            "mailto:press@un.org            | mailto: addresses are not accepted",
            "/press/en/2016/sc12345.doc.htm | must be a full address",
            "www.un.org/press               | must be a full address",
            "//www.un.org/press             | must be a full address",
            "un.org:443/press               | must be a full address",
            "https://                       | must name a host",
            "http:///press                  | must name a host",
            "https:www.un.org               | must name a host",
            "https://user:secret@un.org/    | must not contain a user name or password",
            "https://un.org\\@evil.example/  | must not contain a backslash",
            "https://un.org/<script>        | must not contain <, >",
            "https://un.org:99999/          | invalid port",
            "https://un_org..bad/           | invalid host" })
    void otherAddressesAreRefusedWithAMessageNamingTheField(String url, String reason) {
        assertThat(SourceUrl.refusal(url, "Archived copy URL")).startsWith("Archived copy URL ").contains(reason);
    }

    @Test
    void spacesAndEmptyAddressesAreRefused() {
        assertThat(SourceUrl.refusal("https://un.org/a b", "URL")).contains("must not contain spaces");
        assertThat(SourceUrl.refusal("  ", "URL")).isEqualTo("URL is required.");
        assertThat(SourceUrl.refusal(null, "URL")).isEqualTo("URL is required.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // scheme: http and https are the same document
            "http://www.un.org/press/sc12345   | https://un.org/press/sc12345",
            // host case, www., default ports, trailing dot of the host
            "https://WWW.UN.ORG/press/sc12345  | https://un.org/press/sc12345",
            "https://un.org:443/press/sc12345  | https://un.org/press/sc12345",
            "http://un.org:80/press/sc12345    | https://un.org/press/sc12345",
            "https://un.org./press/sc12345     | https://un.org/press/sc12345",
            // trailing slash, fragment, dot segments
            "https://un.org/press/sc12345/     | https://un.org/press/sc12345",
            "https://un.org/press/sc12345#p3   | https://un.org/press/sc12345",
            "https://un.org/press/./x/../sc12345 | https://un.org/press/sc12345",
            "https://un.org/                   | https://un.org",
            "https://un.org                    | https://un.org",
            // tracking parameters dropped, the others sorted
            "https://un.org/p?utm_source=tw&utm_medium=social&id=7 | https://un.org/p?id=7",
            "https://un.org/p?UTM_Campaign=x&fbclid=abc&gclid=1    | https://un.org/p",
            "https://un.org/p?b=2&a=1&&        | https://un.org/p?a=1&b=2",
            // one spelling for escapes; non-ASCII escaped as UTF-8; internationalised hosts in ASCII
            "https://un.org/%7euser/a%2fb      | https://un.org/~user/a%2Fb",
            "https://un.org/caf%c3%a9          | https://un.org/caf%C3%A9",
            "https://un.org/café               | https://un.org/caf%C3%A9",
            "https://bücher.de/katalog         | https://xn--bcher-kva.de/katalog" })
    void spellingsOfOneAddressNormaliseAlike(String url, String normalised) {
        assertThat(SourceUrl.normalize(url)).isEqualTo(normalised);
    }

    @Test
    void addressesThatNameDifferentDocumentsStayDifferent() {
        assertThat(SourceUrl.normalize("https://un.org/Press")).isNotEqualTo(SourceUrl.normalize("https://un.org/press"));
        assertThat(SourceUrl.normalize("https://un.org:8443/p")).isNotEqualTo(SourceUrl.normalize("https://un.org/p"));
        assertThat(SourceUrl.normalize("https://un.org/p?id=7")).isNotEqualTo(SourceUrl.normalize("https://un.org/p?id=8"));
        assertThat(SourceUrl.normalize("https://news.un.org/p")).isNotEqualTo(SourceUrl.normalize("https://un.org/p"));
    }
}

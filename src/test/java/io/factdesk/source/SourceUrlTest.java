package io.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // IPv6 hosts: lower case, default port dropped, another port kept
            "http://[2001:DB8::1]:80/x         | https://[2001:db8::1]/x",
            "https://[2001:db8::1]:8443/x      | https://[2001:db8::1]:8443/x",
            // trailing slashes go, empty path segments stay (another document), dots never climb above the root
            "https://un.org/a/b//              | https://un.org/a/b",
            "https://un.org/a//b               | https://un.org/a//b",
            "https://un.org/../a/./b/..        | https://un.org/a",
            // an empty query or fragment is no query or fragment; parameter names keep their case
            "https://un.org/p?                 | https://un.org/p",
            "https://un.org/p?#                | https://un.org/p",
            "https://un.org/p?&&               | https://un.org/p",
            "https://un.org/p?Id=7&fbclid=x    | https://un.org/p?Id=7",
            // encoded characters: one spelling; a lone % is a literal %; what URI refuses is escaped
            "https://un.org/a%20b              | https://un.org/a%20b",
            "https://un.org/%41%62?x=%7e       | https://un.org/Ab?x=~",
            "https://un.org/100%               | https://un.org/100%25",
            "https://un.org/p?q={x}^`          | https://un.org/p?q=%7Bx%7D%5E%60",
            "https://un.org/p#a#b              | https://un.org/p",
            // an internationalised host, typed or percent-escaped, in ASCII
            "https://WWW.Bücher.DE/            | https://xn--bcher-kva.de",
            "https://b%C3%BCcher.de/katalog    | https://xn--bcher-kva.de/katalog" })
    void edgeCasesNormaliseAsTheRulesSay(String url, String normalised) {
        assertThat(SourceUrl.refusal(url, "URL")).isNull();
        assertThat(SourceUrl.normalize(url)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://@un.org/                  | must not contain a user name or password",
            "https://user@un.org/              | must not contain a user name or password",
            "http://[2001:db8::zz]/            | invalid host",
            "https://[2001:db8::1/             | invalid host",
            "https://un.org:8o/                | invalid port",
            "https://un.org:65536/             | invalid port" })
    void edgeCasesAreRefusedWithAMessage(String url, String reason) {
        assertThat(SourceUrl.refusal(url, "URL")).startsWith("URL ").contains(reason);
        assertThatThrownBy(() -> SourceUrl.normalize(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }
}

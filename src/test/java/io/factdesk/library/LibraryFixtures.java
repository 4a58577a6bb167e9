package io.factdesk.library;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The example library's files (src/test/resources/matching/library) made this test's own: every review
 * URL moved under a path of its own and every claim led by a token, so that tests sharing one database
 * neither see each other's entries nor depend on their order. The structure, the paths inside each file
 * and the breaks are those of the fixtures.
 */
final class LibraryFixtures {

    private static final AtomicInteger RUNS = new AtomicInteger();

    /** The token that leads every claim of this copy: a search for it finds this copy's entries. */
    final String token;

    LibraryFixtures() {
        token = "zq" + Long.toString(System.nanoTime(), 36) + RUNS.incrementAndGet();
    }

    String text(String file) {
        return LibraryFileTest.fixture(file).replace(".example.org/", ".example.org/" + token + "/")
                .replace(".example.net/", ".example.net/" + token + "/")
                .replaceAll("\"(claimReviewed|text)\": \"(?=\\S)", "\"$1\": \"" + token + " ");
    }

    byte[] bytes(String file) {
        return text(file).getBytes(StandardCharsets.UTF_8);
    }

    String url(String fixtureUrl) {
        return fixtureUrl.replace(".example.org/", ".example.org/" + token + "/")
                .replace(".example.net/", ".example.net/" + token + "/");
    }
}

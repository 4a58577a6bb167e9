package io.factdesk.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import io.factdesk.testing.Api;
import io.factdesk.testing.Browser;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The log is read by more people than may sign in as anyone: it holds no key. */
@QuarkusTest
class StartupLogTest {

    @Test
    void theLogHoldsNoSessionKeyAfterStartAndASignIn() throws Exception {
        // The session cookie's key is put to use at the first form sign-in.
        Browser.signIn(Api.REVIEWER);
        String key = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.auth.session.encryption-key", String.class).orElse("no key set");

        String log = thisProcessesLog();
        assertThat(log, containsString("Factdesk is ready"));
        assertThat(log, not(containsString("temporary key")));
        assertThat(log, not(containsString(key)));
    }

    /** The log file from this process's first line on (earlier runs may have written to it too). */
    static String thisProcessesLog() throws Exception {
        String log = Files.readString(Path.of("target/factdesk-test.log"));
        int first = log.indexOf("[" + ProcessHandle.current().pid() + "]");
        assertThat("this process wrote to the log file", first, greaterThanOrEqualTo(0));
        return log.substring(first);
    }
}

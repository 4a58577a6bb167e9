package io.factdesk.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failed sign-ins counted per account and per client address in fixed windows. Past a limit, every
 * attempt on that account or from that address (right password or not) is refused with 429 until the
 * window ends, before any password is checked: a flood costs no bcrypt and appends nothing to the
 * history. Kept in memory, at most {@link #MAX_KEYS} windows, each dropped when it ends.
 * docs/security.md.
 */
@ApplicationScoped
public class SignInThrottle {

    static final long MAX_KEYS = 100_000;

    /** One window of failures of one account or address. */
    static final class Window {
        final long endsAt;
        final AtomicInteger failures = new AtomicInteger();

        Window(long endsAt) {
            this.endsAt = endsAt;
        }
    }

    /** What a failure counted: how many failures its account (or address) has in this window. */
    public record Failure(int accountFailures, int addressFailures, boolean accountNowThrottled) {
    }

    final int perAccount;
    final int perAddress;
    final Duration window;
    private final Cache<String, Window> windows;

    public SignInThrottle(SignInConfig config) {
        int perAccount = config.maxFailuresPerAccount();
        int perAddress = config.maxFailuresPerAddress();
        Duration window = config.window();
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.windows = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(window).build();
    }

    /** How long this account or address must wait before trying again; empty when it may try now. */
    public Optional<Duration> blocked(String username, String address) {
        long now = System.currentTimeMillis();
        long until = Math.max(until(accountKey(username), perAccount, now), until(addressKey(address), perAddress, now));
        return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
    }

    /** Counts a failed attempt (the user name it claimed may be null: a bad token names no one). */
    public Failure failed(String username, String address) {
        long now = System.currentTimeMillis();
        int account = username == null ? 0 : count(accountKey(username), now);
        int fromAddress = count(addressKey(address), now);
        return new Failure(account, fromAddress, username != null && account == perAccount);
    }

    private int count(String key, long now) {
        if (key == null) {
            return 0;
        }
        Window w = windows.asMap().compute(key, (k, old) -> old == null || old.endsAt <= now
                ? new Window(now + window.toMillis()) : old);
        return w.failures.incrementAndGet();
    }

    private long until(String key, int limit, long now) {
        if (key == null) {
            return 0;
        }
        Window w = windows.getIfPresent(key);
        return w != null && w.endsAt > now && w.failures.get() >= limit ? w.endsAt : 0;
    }

    private static String accountKey(String username) {
        return username == null || username.isBlank() ? null : "account:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }
}

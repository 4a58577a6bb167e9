package io.factdesk.account;

import java.util.List;

/**
 * The demo's accounts, one per role, created on first start when {@code factdesk.demo.enabled} is
 * set and shown on the sign-in page then (README, "Run it").
 */
public final class DemoAccounts {

    /** A demo account: user name, password, role. */
    public record DemoAccount(String username, String password, Role role) {
    }

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("reviewer", "reviewer-demo", Role.REVIEWER),
            new DemoAccount("editor", "editor-demo", Role.EDITOR),
            new DemoAccount("demo-admin", "admin-demo", Role.ADMIN));

    private DemoAccounts() {
    }
}

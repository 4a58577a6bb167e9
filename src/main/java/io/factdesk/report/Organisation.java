package io.factdesk.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The organisation that publishes the fact-checks: one row (id 1), edited by admins. Reports print
 * its name, URL, methodology and corrections policy; ClaimReview names it as the author.
 */
@Entity
public class Organisation extends PanacheEntityBase {

    public static final int ID = 1;

    @Id
    public Integer id;

    public String name;

    /** The organisation's home page (absolute http(s) URL), or null. */
    public String url;

    /** Markdown. */
    public String methodology;

    /** Markdown. */
    @Column(name = "corrections_policy")
    public String correctionsPolicy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Organisation current() {
        return findById(ID);
    }
}

package io.factdesk.claim;

import io.factdesk.system.Limits;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A managed topic a claim is filed under; {@code colour} is a palette slot (CSS class tc-N);
 * {@code keywords} the words and phrases by which suggested sentences are proposed under it, one a
 * line (docs/suggestions.md), empty for none.
 */
@Entity
public class Topic extends PanacheEntityBase {

    public static final int PALETTE_SIZE = Limits.TOPIC_COLOURS;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;
    public int colour;
    public int position;
    public boolean retired;
    public String keywords = "";

    @Version
    public long version;

    public String cssClass() {
        return "tc-" + Math.floorMod(colour, PALETTE_SIZE);
    }

    /** The keywords, in the order editors gave them. */
    public List<String> keywordList() {
        return keywords == null || keywords.isBlank() ? List.of() : keywords.lines().toList();
    }

    public static List<Topic> active() {
        return list("retired = false", Sort.by("position").and("id"));
    }

    public static Optional<Topic> byName(String name) {
        return find("lower(name) = ?1", name.strip().toLowerCase(Locale.ROOT)).firstResultOptional();
    }
}

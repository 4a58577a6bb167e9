package io.factdesk.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One label of the organisation's rating scale; {@code rating} is null for labels without a number. */
@Entity
@Table(name = "rating_label")
public class RatingLabel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String label;
    public String description;
    public int colour;
    public Integer rating;
    public int position;
    public boolean retired;

    @Version
    public long version;

    public String cssClass() {
        return paletteClass(colour);
    }

    /** The CSS class of a verdict colour's palette slot, {@code vc-0} to {@code vc-7} (css/review.css). */
    public static String paletteClass(int colour) {
        return "vc-" + Math.floorMod(colour, 8);
    }

    public static List<RatingLabel> scale(boolean withRetired) {
        return withRetired ? listAll(Sort.by("position").and("id"))
                : list("retired = false", Sort.by("position").and("id"));
    }

    public static Optional<RatingLabel> byLabel(String label) {
        return find("lower(label) = ?1", label.strip().toLowerCase(Locale.ROOT)).firstResultOptional();
    }
}

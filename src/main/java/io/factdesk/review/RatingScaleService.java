package io.factdesk.review;

import io.factdesk.account.User;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.claim.RatingLabel;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Limits;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation's rating scale. Editors add, reword, renumber, reorder and retire labels; a
 * label that a claim carries cannot be deleted, only retired, so no verdict ever loses its label.
 */
@ApplicationScoped
@Transactional
public class RatingScaleService {

    /** A new label, or the fields of an edit (null: unchanged; {@code clearRating} removes the number). */
    public record LabelChange(@Size(max = Limits.LABEL) String label,
            @Size(max = Limits.LABEL_DESCRIPTION) String description,
            @Min(0) @Max(Limits.LABEL_COLOUR_MAX) Integer colour, @Min(0) @Max(Limits.RATING_MAX) Integer rating,
            Boolean clearRating, Integer position, Boolean retired, Long version) {
    }

    @Inject
    AuditLog audit;

    public RatingLabel add(LabelChange in, User actor) {
        FieldChecks checks = new FieldChecks().require("label", in.label(), "Label");
        check(in, checks);
        checks.throwIfAny();
        requireUnique(in.label(), null);
        RatingLabel label = new RatingLabel();
        label.label = in.label().strip();
        label.description = FieldChecks.trimToNull(in.description());
        label.colour = in.colour() == null ? (int) (RatingLabel.count() % Limits.LABEL_COLOURS) : in.colour();
        label.rating = in.rating();
        label.position = in.position() == null ? (int) RatingLabel.count() + 1 : in.position();
        label.persist();
        audit.record(EventType.RATING_SCALE_CHANGED, actor, null, null, Map.of(), view(label), "added");
        return label;
    }

    public RatingLabel edit(long id, LabelChange in, User actor) {
        RatingLabel label = get(id);
        ProblemException.checkVersion(in.version(), label.version, "Label " + label.label);
        FieldChecks checks = new FieldChecks();
        if (in.label() != null) {
            checks.require("label", in.label(), "Label");
        }
        check(in, checks);
        checks.throwIfAny();
        if (in.label() != null) {
            requireUnique(in.label(), label.id);
        }
        Map<String, Object> before = view(label);
        if (in.label() != null) {
            label.label = in.label().strip();
        }
        if (in.description() != null) {
            label.description = FieldChecks.trimToNull(in.description());
        }
        if (in.colour() != null) {
            label.colour = in.colour();
        }
        if (Boolean.TRUE.equals(in.clearRating())) {
            label.rating = null;
        } else if (in.rating() != null) {
            label.rating = in.rating();
        }
        if (in.position() != null) {
            label.position = in.position();
        }
        if (in.retired() != null) {
            label.retired = in.retired();
        }
        audit.record(EventType.RATING_SCALE_CHANGED, actor, null, null, before, view(label), "edited");
        return label;
    }

    public void delete(long id, User actor) {
        RatingLabel label = get(id);
        long inUse = RatingLabel.getEntityManager()
                .createQuery("select count(c) from Claim c where c.verdict.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (inUse > 0) {
            throw new ProblemException(409, "label-in-use", "Label in use", "'" + label.label + "' is the verdict of "
                    + inUse + " claim(s): retire it instead, so that it stays in their history.", null,
                    Map.of("claims", inUse));
        }
        audit.record(EventType.RATING_SCALE_CHANGED, actor, null, null, view(label), Map.of(), "deleted");
        label.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingLabel get(long id) {
        return RatingLabel.<RatingLabel>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Rating label", id));
    }

    private static void check(LabelChange in, FieldChecks checks) {
        checks.maxLength("label", in.label(), Limits.LABEL, "Label").maxLength("description", in.description(),
                Limits.LABEL_DESCRIPTION, "Description");
        if (in.colour() != null && (in.colour() < 0 || in.colour() > Limits.LABEL_COLOUR_MAX)) {
            checks.add("colour", "colour is a palette slot from 0 to " + Limits.LABEL_COLOUR_MAX + ".");
        }
        if (in.rating() != null && (in.rating() < 0 || in.rating() > Limits.RATING_MAX)) {
            checks.add("rating", "rating must be a whole number from 0 to " + Limits.RATING_MAX + ", or none.");
        }
    }

    private static void requireUnique(String label, Long except) {
        RatingLabel.byLabel(label).filter(l -> !l.id.equals(except)).ifPresent(l -> {
            throw new ProblemException(409, "duplicate-label", "Label exists", "The scale has '" + l.label
                    + "' already.", List.of(new Problem.FieldError("label", "This label exists.")), null);
        });
    }

    static Map<String, Object> view(RatingLabel l) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("label", l.label);
        v.put("description", l.description);
        v.put("rating", l.rating);
        v.put("position", l.position);
        v.put("retired", l.retired);
        return v;
    }
}

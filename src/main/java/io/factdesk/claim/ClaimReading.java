package io.factdesk.claim;

import io.factdesk.system.WithoutHistory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many figures and dates a claim's quote holds, as the readers of this {@code readerVersion} read
 * it; the dates' days are {@link ClaimReadingDate}s. Kept for claim search only (ClaimReadings).
 */
@Entity
@Table(name = "claim_reading")
@WithoutHistory("derived from the quote, which is in the history; read again whenever the readers change")
public class ClaimReading extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public long claimId;

    @Column(name = "reader_version")
    public int readerVersion;

    public int figures;

    public int dates;
}

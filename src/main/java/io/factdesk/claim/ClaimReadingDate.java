package io.factdesk.claim;

import io.factdesk.system.WithoutHistory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The days one date or period of a claim's quote covers, both included (ClaimReadings). */
@Entity
@Table(name = "claim_reading_date")
@WithoutHistory("derived from the quote, which is in the history; read again whenever the readers change")
public class ClaimReadingDate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public long claimId;

    @Column(name = "first_day")
    public LocalDate firstDay;

    @Column(name = "last_day")
    public LocalDate lastDay;
}

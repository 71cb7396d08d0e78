package cn.huiyin.proposals.domain.proposer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/**
 * The proposer's rating (评价) of one reply round of an item: given in the portal by the proposer
 * themself, or given on paper and entered by staff ({@code onPaper}, {@code enteredBy} names who).
 * One per round; never rewritten.
 */
@Entity
@Table(name = "proposal_rating")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(nullable = false, updatable = false)
    private int round;

    /** {@link RatingCode#code()}. */
    @Column(nullable = false, updatable = false)
    private String rating;

    @Column(updatable = false)
    private String comment;

    @Column(name = "on_paper", nullable = false, updatable = false)
    private boolean onPaper;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private String enteredBy;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected Rating() {
    }

    public Rating(long itemId, int round, RatingCode rating, String comment, boolean onPaper, String enteredBy, Instant at) {
        this.itemId = itemId;
        this.round = round;
        this.rating = rating.code();
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.onPaper = onPaper;
        this.enteredBy = enteredBy;
        this.at = at;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public int getRound() { return round; }
    public String getRating() { return rating; }
    public String getComment() { return comment; }
    public boolean isOnPaper() { return onPaper; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getAt() { return at; }
}

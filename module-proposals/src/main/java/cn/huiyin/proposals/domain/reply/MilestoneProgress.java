package cn.huiyin.proposals.domain.reply;

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

/** A progress note on a milestone (what the proposer is told); appended, never changed. */
@Entity
@Table(name = "proposal_milestone_progress")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class MilestoneProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id", nullable = false, updatable = false)
    private Long milestoneId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String note;

    protected MilestoneProgress() {
    }

    public MilestoneProgress(long milestoneId, Instant at, String actor, String note) {
        this.milestoneId = milestoneId;
        this.at = at;
        this.actor = actor;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getMilestoneId() { return milestoneId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getNote() { return note; }
}

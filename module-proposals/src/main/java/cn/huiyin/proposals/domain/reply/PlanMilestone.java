package cn.huiyin.proposals.domain.reply;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.LocalDate;

/** One dated step of a B reply's implementation plan (分期落实); done when {@code doneOn} is set. */
@Entity
@Table(name = "proposal_plan_milestone")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class PlanMilestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "reply_id", nullable = false, updatable = false)
    private Long replyId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Version
    private long version;

    protected PlanMilestone() {
    }

    public PlanMilestone(long itemId, long replyId, int position, String title, LocalDate dueOn) {
        this.itemId = itemId;
        this.replyId = replyId;
        this.position = position;
        this.title = title;
        this.dueOn = dueOn;
    }

    /** A draft's milestone edited again (only while its reply is a draft). */
    public void revise(int position, String title, LocalDate dueOn) {
        this.position = position;
        this.title = title;
        this.dueOn = dueOn;
    }

    public void markDone(LocalDate on) {
        if (doneOn != null) {
            throw new IllegalStateException("Milestone " + id + " is already done");
        }
        this.doneOn = on;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public Long getReplyId() { return replyId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getDoneOn() { return doneOn; }
    public long getVersion() { return version; }
}

package cn.huiyin.proposals.api.assignment;

import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.assignment.CoHandling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the assignment endpoints. */
public final class AssignmentJson {

    private AssignmentJson() {
    }

    /** A co-handling agency of an item and its opinion, as the lead and oversight see it. */
    public record CoHandlerView(String agency, LocalDate dueOn, String status, String opinion, String opinionBy,
                                Instant opinionAt, String signedOffBy, Instant signedOffAt, String waivedBy,
                                Instant waivedAt, String waiverReason) {
        public static CoHandlerView of(CoHandling c) {
            return new CoHandlerView(c.getTenantId(), c.getDueOn(), c.status(), c.getOpinion(), c.getOpinionBy(), c.getOpinionAt(),
                    c.getSignedOffBy(), c.getSignedOffAt(), c.getWaivedBy(), c.getWaivedAt(), c.getWaiverReason());
        }
    }

    /** What the co-handling agency sees: the item's public part and its own opinion — nothing of the lead's work. */
    public record CoHandledView(long id, String leadAgency, String kind, String session, String number, String title,
                                String body, String proposer, LocalDate dueOn, String status, String opinion,
                                String opinionBy, Instant opinionAt, String signedOffBy, Instant signedOffAt,
                                String waiverReason, long version) {
        public static CoHandledView of(CoHandling c) {
            return new CoHandledView(c.getId(), c.getLeadTenantId(), c.getKind(), c.getSession(), c.getNumber(), c.getTitle(),
                    c.getBody(), c.getProposer(), c.getDueOn(), c.status(), c.getOpinion(), c.getOpinionBy(), c.getOpinionAt(),
                    c.getSignedOffBy(), c.getSignedOffAt(), c.getWaiverReason(), c.getVersion());
        }
    }

    /** An item as oversight picks it. */
    public record ItemBrief(long id, String number, String title, String proposer, String state, LocalDate assignedOn,
                            long version, String reassignedToAgency, Long reassignedToItem, String reassignedFromAgency,
                            Long reassignedFromItem) {
        public static ItemBrief of(ProposalItem i) {
            return new ItemBrief(i.getId(), i.getNumber(), i.getTitle(), i.getProposer(), i.getState(), i.getAssignedOn(),
                    i.getVersion(), i.getReassignedToTenant(), i.getReassignedToItem(), i.getReassignedFromTenant(),
                    i.getReassignedFromItem());
        }
    }

    public static List<CoHandlerView> coHandlers(List<CoHandling> rows) {
        return rows.stream().map(CoHandlerView::of).toList();
    }
}

package cn.huiyin.proposals.application.assignment;

import cn.huiyin.proposals.application.ReplyApprovalCheck;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.assignment.AssignmentRepository;
import cn.huiyin.proposals.domain.assignment.CoHandling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** The lead's reply is not sent before every co-handling agency signed off its opinion or oversight waived it. */
@ApplicationScoped
public class CoHandlersSignedOff implements ReplyApprovalCheck {

    public static final String CODE = "cohandling-pending";

    @Inject
    AssignmentRepository assignments;

    @Override
    public Optional<Veto> veto(String tenant, ProposalItem item) {
        return vetoFor(assignments.coHandlersOf(item.getId()));
    }

    static Optional<Veto> vetoFor(List<CoHandling> coHandlers) {
        List<String> open = coHandlers.stream().filter(CoHandling::isOpen).map(CoHandling::getTenantId).toList();
        return open.isEmpty() ? Optional.empty() : Optional.of(new Veto(CODE,
                "The reply cannot be sent before every co-handling agency has signed off its opinion or oversight waived it; waiting for: "
                        + String.join(", ", open) + "."));
    }
}

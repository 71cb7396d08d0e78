package cn.huiyin.proposals.application;

import cn.huiyin.proposals.domain.ProposalItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;

/** Every {@link ReplyApprovalCheck} bean of the deployment (co-handling, visits, …), asked in turn. */
@ApplicationScoped
public class ReplyApprovalChecks {

    @Inject
    @Any
    Instance<ReplyApprovalCheck> checks;

    /** The first veto of any check, or empty when the reply may be sent. */
    public Optional<ReplyApprovalCheck.Veto> firstVeto(String tenant, ProposalItem item) {
        for (ReplyApprovalCheck check : checks) {
            Optional<ReplyApprovalCheck.Veto> veto = check.veto(tenant, item);
            if (veto.isPresent()) {
                return veto;
            }
        }
        return Optional.empty();
    }
}

package cn.huiyin.proposals.application.assignment;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.domain.assignment.AssignmentRepository;
import cn.huiyin.proposals.domain.assignment.CoHandling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The co-handling agency's side (会办): the items it co-handles, each as its restricted snapshot,
 * and its own opinion, written by a handler or leader and signed off by a leader. Only its own
 * rows: another agency's row is not found, and the lead's item is never read here.
 */
@ApplicationScoped
public class CoHandlingWork {

    @Inject
    AssignmentRepository assignments;

    @Inject
    TenantContext tenants;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public List<CoHandling> mine() {
        return assignments.coHandled();
    }

    @Transactional
    public CoHandling get(long id) {
        return row(id);
    }

    /** @throws UseCaseException 409 {@code stale-version} / {@code cohandling-closed}, 400 {@code opinion-required} */
    @Transactional
    public CoHandling writeOpinion(long id, long version, String opinion) {
        CoHandling row = current(id, version);
        String before = row.getOpinion();
        row.writeOpinion(opinion, caller.require().username(), Instant.now(clock));
        assignments.flush();
        audit.record("cohandling.opinion", tenants.requireAgency(), subject(row), before, row.getOpinion());
        return row;
    }

    /** @throws UseCaseException 409 {@code stale-version} / {@code cohandling-closed} / {@code opinion-missing} */
    @Transactional
    public CoHandling signOff(long id, long version) {
        CoHandling row = current(id, version);
        row.signOff(caller.require().username(), Instant.now(clock));
        assignments.flush();
        audit.record("cohandling.signed-off", tenants.requireAgency(), subject(row), "open", row.status());
        return row;
    }

    private CoHandling current(long id, long version) {
        CoHandling row = row(id);
        if (row.getVersion() != version) {
            throw UseCaseException.conflict("stale-version", "Somebody else changed this opinion in the meantime; reload and try again.");
        }
        return row;
    }

    private CoHandling row(long id) {
        return assignments.coHandled(id).orElseThrow(() -> UseCaseException.notFound("Co-handled item " + id));
    }

    static String subject(CoHandling row) {
        return "cohandling:" + row.getId() + " item:" + row.getLeadTenantId() + "/" + row.getLeadItemId();
    }
}

package cn.huiyin.proposals.application.assignment;

import cn.huiyin.proposals.domain.assignment.AssignmentRepository;
import cn.huiyin.proposals.domain.assignment.CoHandling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The lead agency reads the co-handlers of its own item: their opinions and whether they signed off. */
@ApplicationScoped
public class LeadCoHandlers {

    @Inject
    AssignmentRepository assignments;

    @Transactional
    public List<CoHandling> of(long itemId) {
        return assignments.coHandlersOf(itemId);
    }
}

package cn.huiyin.proposals.application;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reading the current agency's items; another agency's item is simply not found. */
@ApplicationScoped
@Transactional
public class ItemQueries {

    public record Page(List<ProposalItem> items, long total) {
    }

    @Inject
    ProposalItemRepository items;

    public Page page(String state, int page, int size) {
        return new Page(items.page(state, page * size, size), items.count(state));
    }

    public java.util.Map<String, Long> countByState() {
        return items.countByState();
    }

    /** The item's transitions, oldest first; another agency's item is not found. */
    public List<cn.huiyin.proposals.domain.ItemHistoryEntry> history(long id) {
        get(id);
        return items.history(id);
    }

    public ProposalItem get(long id) {
        return items.find(id).orElseThrow(() -> UseCaseException.notFound("Item " + id));
    }
}

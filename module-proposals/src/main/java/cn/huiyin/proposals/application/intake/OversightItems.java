package cn.huiyin.proposals.application.intake;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.intake.IntakeItems;
import cn.huiyin.proposals.domain.intake.Proposer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * District oversight's view of the items of its own district, across agencies and read-only:
 * a list (filters: agency, state) and one item by (agency, id). Other oversight use cases
 * (reassignment decisions, outcome corrections, waivers) reuse {@link #inAgency}: the agency
 * checked against the caller's district, then the work in a transaction bound to that agency.
 */
@ApplicationScoped
public class OversightItems {

    public record DistrictItem(String agency, String agencyName, long id, String kind, String session, String number,
                               String title, String proposer, String category, boolean keyItem, String state,
                               LocalDate assignedOn, long version) {
    }

    public record Detail(DistrictItem item, String body, String proposerUsername, String proposerGroup, List<String> coSigners) {
    }

    public record Page(List<DistrictItem> items, long total) {
    }

    @Inject
    Districts districts;

    @Inject
    TenantWork work;

    @Inject
    IntakeItems intakeItems;

    @Inject
    ProposalItemRepository items;

    @Inject
    Proposers proposers;

    @Inject
    AuditLog audit;

    /** The caller's district with its agencies (403 {@code no-district} for anybody else). */
    public District district() {
        return districts.current();
    }

    /**
     * Runs {@code work} for one agency of the caller's district in a new transaction bound to it;
     * an agency elsewhere (or with the module off) is 404 like a missing one.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> T inAgency(String agency, Supplier<T> task) {
        District d = districts.current();
        districts.agency(d, agency);
        return work.in(agency, task);
    }

    /** Newest assignment first across the district's agencies (or one agency), optionally in one state. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Page list(String agency, String state, int page, int size) {
        District d = districts.current();
        List<Organization> scope = agency == null ? d.agencies() : List.of(districts.agency(d, agency));
        List<DistrictItem> merged = new ArrayList<>();
        long total = 0;
        int needed = (page + 1) * size;
        for (Organization a : scope) {
            record Part(List<ProposalItem> items, long count) {
            }
            Part part = work.in(a.getAlias(), () -> new Part(intakeItems.page(state, 0, needed), intakeItems.count(state)));
            total += part.count();
            part.items().forEach(i -> merged.add(view(a, i)));
        }
        List<DistrictItem> pageItems = merged.stream()
                .sorted(Comparator.comparing(DistrictItem::assignedOn).reversed().thenComparing(DistrictItem::agency)
                        .thenComparing(Comparator.comparingLong(DistrictItem::id).reversed()))
                .skip((long) page * size).limit(size).toList();
        work.in(d.alias(), () -> {
            audit.record("oversight.items.read", null, "district:" + d.alias(), null,
                    (agency == null ? "all agencies" : agency) + (state == null ? "" : ", state " + state));
            return null;
        });
        return new Page(pageItems, total);
    }

    /** How many items the list would hold (for paging; counts are not audited, the rows are). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long count(String agency, String state) {
        District d = districts.current();
        List<Organization> scope = agency == null ? d.agencies() : List.of(districts.agency(d, agency));
        long total = 0;
        for (Organization a : scope) {
            total += work.in(a.getAlias(), () -> intakeItems.count(state));
        }
        return total;
    }

    /** One item of an agency of the caller's district; anything else is 404. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Detail get(String agency, long id) {
        District d = districts.current();
        Organization a = districts.agency(d, agency);
        record Read(ProposalItem item, List<Long> coSigners) {
        }
        Read read = work.in(agency, () -> {
            ProposalItem item = items.find(id).orElseThrow(() -> UseCaseException.notFound("Item " + id));
            audit.record("oversight.item.read", agency, "item:" + id, null, null);
            return new Read(item, intakeItems.coSigners(id));
        });
        ProposalItem item = read.item();
        List<Long> ids = new ArrayList<>(read.coSigners());
        if (item.getProposerId() != null) {
            ids.addFirst(item.getProposerId());
        }
        List<Proposer> people = proposers.byIds(d.alias(), ids);
        String group = people.stream().filter(p -> p.getId().equals(item.getProposerId())).findFirst().map(Proposer::group).orElse(null);
        List<String> coSigners = people.stream().filter(p -> read.coSigners().contains(p.getId())).map(Proposer::getName).toList();
        return new Detail(view(a, item), item.getBody(), item.getProposerUsername(), group, coSigners);
    }

    static DistrictItem view(Organization a, ProposalItem i) {
        return new DistrictItem(a.getAlias(), a.getNameZh(), i.getId(), i.getKind(), i.getSession(), i.getNumber(), i.getTitle(),
                i.getProposer(), i.getCategory(), i.isKeyItem(), i.getState(), i.getAssignedOn(), i.getVersion());
    }
}

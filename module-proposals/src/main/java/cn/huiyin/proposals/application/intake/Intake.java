package cn.huiyin.proposals.application.intake;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.proposals.application.ItemRegistered;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.intake.CheckedRow;
import cn.huiyin.proposals.domain.intake.IntakeItems;
import cn.huiyin.proposals.domain.intake.ItemDraft;
import cn.huiyin.proposals.domain.intake.Proposer;
import cn.huiyin.proposals.domain.intake.RowError;
import cn.huiyin.proposals.domain.intake.SessionListCheck;
import cn.huiyin.proposals.domain.intake.SessionListColumn;
import cn.huiyin.proposals.domain.intake.SessionListRow;
import cn.huiyin.proposals.domain.workflow.ItemState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * District oversight registers one item into a lead agency of its own district (登记交办): the
 * same checks as a session-list row, the number unique in the district, the proposers from the
 * district's registry (created where new), then — in one transaction bound to the agency — the
 * item in state {@code assigned}, its co-signers, a {@code register} history entry, the audit
 * line and {@link ItemRegistered}.
 */
@ApplicationScoped
public class Intake {

    public static final String REGISTER = "register";

    public record Registered(String agency, long id, String number, long version) {
    }

    @Inject
    Districts districts;

    @Inject
    Proposers proposers;

    @Inject
    TenantWork work;

    @Inject
    IntakeItems intakeItems;

    @Inject
    ProposalItemRepository items;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ItemRegistered> registered;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Registered register(Registration r) {
        District district = districts.current();
        if (r.agency() == null || r.agency().isBlank()) {
            throw new RowsRejected("invalid-item", "The item has invalid fields.",
                    List.of(new RowError(0, SessionListColumn.AGENCY, "missing", "主办单位 is empty")));
        }
        Organization agency = districts.agency(district, r.agency());
        ItemDraft draft = check(district, r);
        Proposers.Resolved people = proposers.resolve(district, draft.kind(), r.lead(), r.coSigners());
        Caller who = caller.require();
        try {
            return work.in(agency.getAlias(), () -> store(agency.getAlias(), draft, people, who.username()));
        } catch (PersistenceException e) {
            if (uniqueViolation(e)) {
                // the unique (tenant, session, number) of the agency: somebody registered it a moment ago
                throw duplicate(draft);
            }
            throw e;
        }
    }

    /** The registration as a session-list row: one set of rules for both ways in. */
    ItemDraft check(District district, Registration r) {
        Map<SessionListColumn, String> v = new EnumMap<>(SessionListColumn.class);
        v.put(SessionListColumn.KIND, r.kind());
        v.put(SessionListColumn.SESSION, r.session());
        v.put(SessionListColumn.NUMBER, r.number());
        v.put(SessionListColumn.TITLE, r.title());
        v.put(SessionListColumn.BODY, r.body());
        // the registry checks the proposers themselves; a picked one has no name here
        v.put(SessionListColumn.PROPOSER, r.lead() == null ? null : r.lead().id() != null ? "#" + r.lead().id() : r.lead().name());
        v.put(SessionListColumn.CATEGORY, r.category());
        v.put(SessionListColumn.KEY_ITEM, r.keyItem() ? "是" : "否");
        v.put(SessionListColumn.AGENCY, r.agency());
        v.put(SessionListColumn.ASSIGNED_ON, r.assignedOn() == null ? null : r.assignedOn().toString());
        v.values().removeIf(java.util.Objects::isNull);
        Set<String> taken = r.session() == null ? Set.of() : numbersOf(district, List.of(r.session().strip()));
        CheckedRow checked = new SessionListCheck(district::resolve, taken).check(List.of(new SessionListRow(0, v))).getFirst();
        if (checked.errors().stream().anyMatch(e -> e.code().equals("already-registered"))) {
            throw duplicate(new ItemDraft(null, r.session().strip(), r.number().strip(), "", "", "", null, List.of(), null, false, null, null));
        }
        if (!checked.valid()) {
            throw new RowsRejected("invalid-item", "The item has invalid fields: " + checked.errors().stream()
                    .map(e -> e.column().code() + " " + e.code()).toList(), checked.errors());
        }
        return checked.draft();
    }

    /** Session-and-number keys registered in any agency of the district, each agency read in its own transaction. */
    Set<String> numbersOf(District district, List<String> sessions) {
        Set<String> keys = new HashSet<>();
        for (Organization a : district.agencies()) {
            keys.addAll(work.in(a.getAlias(), () -> intakeItems.numberKeys(sessions)));
        }
        return keys;
    }

    private Registered store(String agency, ItemDraft d, Proposers.Resolved people, String actor) {
        Proposer lead = people.lead();
        ProposalItem item = new ProposalItem(d.kind().code(), d.session(), d.number(), d.title(), d.body(), lead.getName(),
                d.category().code(), d.keyItem(), ItemState.ASSIGNED.code(), d.assignedOn());
        item.proposedBy(lead.getId(), lead.getUsername());
        intakeItems.add(item);
        intakeItems.addCoSigners(item.getId(), people.coSigners().stream().map(Proposer::getId).toList());
        items.addHistory(new ItemHistoryEntry(item.getId(), Instant.now(clock), actor, REGISTER,
                ItemState.ASSIGNED.code(), ItemState.ASSIGNED.code(), null));
        audit.record("item." + REGISTER, agency, "item:" + item.getId(), null, ItemState.ASSIGNED.code());
        registered.fire(new ItemRegistered(agency, item.getId(), d.assignedOn(), d.keyItem()));
        return new Registered(agency, item.getId(), item.getNumber(), item.getVersion());
    }

    static boolean uniqueViolation(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static UseCaseException duplicate(ItemDraft d) {
        return UseCaseException.conflict("duplicate-number",
                d.number() + " of " + d.session() + " is already registered in your district.");
    }
}

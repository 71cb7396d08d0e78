package cn.huiyin.proposals.application.assignment;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.domain.tenancy.Unit;
import cn.huiyin.platform.domain.tenancy.UnitRepository;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.NotificationRequested;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.assignment.AssignmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Inside the lead agency: the responsible leader (督办领导, a user with role leader), the
 * undertaking unit (承办科室, an active unit) and the handler (承办人, any active member), plus the
 * handling group (领导小组) the leader heads. Set and changed by the agency's leader or admin; each
 * change is one history entry ({@code assign_inside}, state unchanged) and one audit line.
 */
@ApplicationScoped
public class InsideAssignment {

    public static final String ACTION = "assign_inside";
    static final int MAX_GROUP = 30;

    /**
     * The assignment as stored; {@code group} excludes the leader who heads it. The reassignment
     * links name the item's successor (after an approved reassignment) or predecessor.
     */
    public record View(long itemId, long version, String state, String leader, Long unitId, String handler, List<String> group,
                       String reassignedToAgency, Long reassignedToItem, String reassignedFromAgency, Long reassignedFromItem) {
    }

    @Inject
    ProposalItemRepository items;

    @Inject
    AssignmentRepository assignments;

    @Inject
    UnitRepository units;

    @Inject
    AgencyStaff staff;

    @Inject
    TenantContext tenants;

    @Inject
    CurrentCaller caller;

    @Inject
    PermissionCatalog permissions;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationRequested> notifications;

    @Transactional
    public View get(long itemId) {
        return view(item(itemId));
    }

    /**
     * @throws UseCaseException 403 without {@code proposals.assign}, 404 another agency's item or
     *         unit, 409 {@code stale-version} / {@code state-forbids}, 400 {@code not-a-leader} /
     *         {@code not-a-member} / {@code unit-inactive} / {@code group-too-large}
     */
    @Transactional
    public View set(long itemId, long version, String leader, Long unitId, String handler, List<String> group) {
        Caller who = caller.require();
        if (!permissions.permissionsOf(who.roles()).contains(ProposalsModule.ASSIGN)) {
            throw new UseCaseException(UseCaseException.Kind.FORBIDDEN, "forbidden",
                    "Only the agency's leader or admin assigns inside the agency (" + ProposalsModule.ASSIGN + ").");
        }
        String tenant = tenants.requireAgency();
        ProposalItem item = item(itemId);
        if (item.getVersion() != version) {
            throw UseCaseException.conflict("stale-version", "Somebody else changed this item in the meantime; reload and try again.");
        }
        if (Set.of("closed", "reassigned_away").contains(item.getState())) {
            throw UseCaseException.conflict("state-forbids", "A " + item.getState() + " item is not assigned any more.");
        }
        List<AgencyStaff.Person> people = staff.list();
        String newLeader = blankToNull(leader);
        if (newLeader != null) {
            AgencyStaff.Person p = staff.find(people, newLeader).orElseThrow(() -> notMember(newLeader));
            if (!Roles.LEADER.equals(p.role())) {
                throw UseCaseException.invalid("not-a-leader", "'" + newLeader + "' is not a leader of your agency.");
            }
        }
        String newHandler = blankToNull(handler);
        if (newHandler != null) {
            staff.find(people, newHandler).orElseThrow(() -> notMember(newHandler));
        }
        if (unitId != null) {
            Unit u = units.find(unitId).orElseThrow(() -> UseCaseException.notFound("Unit " + unitId));
            if (!u.isActive()) {
                throw UseCaseException.invalid("unit-inactive", "Unit '" + u.getNameZh() + "' is deactivated.");
            }
        }
        LinkedHashSet<String> members = new LinkedHashSet<>();
        for (String m : group == null ? List.<String>of() : group) {
            String name = blankToNull(m);
            if (name != null && !name.equalsIgnoreCase(newLeader)) {
                members.add(staff.find(people, name).orElseThrow(() -> notMember(name)).username());
            }
        }
        if (members.size() > MAX_GROUP) {
            throw UseCaseException.invalid("group-too-large", "A handling group has at most " + MAX_GROUP + " members.");
        }
        View before = view(item);
        String oldHandler = item.getHandlerUsername();
        item.assignInside(newLeader, unitId, newHandler);
        assignments.replaceHandlingGroup(itemId, List.copyOf(members));
        assignments.touch(item);
        items.flush();
        View after = view(item);
        String summary = summary(after);
        items.addHistory(new ItemHistoryEntry(itemId, Instant.now(clock), who.username(), ACTION, item.getState(), item.getState(), summary));
        audit.record("item." + ACTION, tenant, "item:" + itemId, json(before), json(after));
        if (newHandler != null && !newHandler.equalsIgnoreCase(Objects.toString(oldHandler, ""))) {
            notifications.fire(new NotificationRequested(tenant, newHandler, "handler-assigned", itemId,
                    "您被指定为" + item.getNumber() + "《" + item.getTitle() + "》的承办人。",
                    "You handle " + item.getNumber() + " \"" + item.getTitle() + "\" now."));
        }
        return after;
    }

    private ProposalItem item(long itemId) {
        return items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
    }

    private View view(ProposalItem i) {
        return new View(i.getId(), i.getVersion(), i.getState(), i.getLeaderUsername(), i.getUnitId(), i.getHandlerUsername(),
                new ArrayList<>(assignments.handlingGroup(i.getId())), i.getReassignedToTenant(), i.getReassignedToItem(),
                i.getReassignedFromTenant(), i.getReassignedFromItem());
    }

    static String summary(View v) {
        return "leader=" + Objects.toString(v.leader(), "-") + "; unit=" + Objects.toString(v.unitId(), "-") + "; handler="
                + Objects.toString(v.handler(), "-") + "; group=" + (v.group().isEmpty() ? "-" : String.join(",", v.group()));
    }

    static String json(View v) {
        var b = Json.createObjectBuilder();
        b.add("leader", Objects.toString(v.leader(), "")).add("unit", Objects.toString(v.unitId(), ""))
                .add("handler", Objects.toString(v.handler(), "")).add("group", String.join(",", v.group()));
        return b.build().toString();
    }

    private static UseCaseException notMember(String username) {
        return UseCaseException.invalid("not-a-member", "'" + username + "' is no active member of your agency.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

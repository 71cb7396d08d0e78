package cn.huiyin.proposals.application;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import static cn.huiyin.proposals.domain.workflow.ItemAction.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Version check, refusals, history, audit and event of a transition, with repository, caller and audit faked. */
class ItemTransitionsTest {

    static class FakeItems implements ProposalItemRepository {
        final List<ProposalItem> items = new ArrayList<>();
        final List<ItemHistoryEntry> history = new ArrayList<>();
        int flushes;

        ProposalItem add(String state) {
            ProposalItem item = new ProposalItem("proposal", "2020年区政协全会", "提案第0" + (items.size() + 100) + "号", "标题", "正文",
                    "张伟", "traffic", false, state, LocalDate.of(2020, 3, 12));
            set(item, "id", (long) items.size() + 1);
            items.add(item);
            return item;
        }

        @Override
        public List<ProposalItem> page(String state, int offset, int limit) {
            return items;
        }

        @Override
        public long count(String state) {
            return items.size();
        }

        @Override
        public Optional<ProposalItem> find(long id) {
            return items.stream().filter(i -> i.getId() == id).findFirst();
        }

        @Override
        public Map<String, Long> countByState() {
            return Map.of();
        }

        @Override
        public java.util.Set<Long> markKey(Map<Long, Long> expectedVersions, boolean key) {
            return java.util.Set.of();
        }

        @Override
        public java.util.Set<Long> existing(Collection<Long> ids) {
            return java.util.Set.of();
        }

        @Override
        public void flush() {
            // what EclipseLink does at flush: the changed item gets the next version
            flushes++;
            items.forEach(i -> set(i, "version", i.getVersion() + 1));
        }

        @Override
        public void addHistory(ItemHistoryEntry entry) {
            history.add(entry);
        }

        @Override
        public List<ItemHistoryEntry> history(long itemId) {
            return history.stream().filter(h -> h.getItemId() == itemId).toList();
        }

        static void set(ProposalItem item, String field, Object value) {
            try {
                Field f = ProposalItem.class.getDeclaredField(field);
                f.setAccessible(true);
                f.set(item, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static class FakeAudit extends AuditLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void record(String action, String tenantId, String subject, String before, String after) {
            lines.add(action + " " + tenantId + " " + subject + " " + before + " → " + after);
        }
    }

    static class FakeCaller extends CurrentCaller {
        Caller caller;

        @Override
        public Optional<Caller> get() {
            return Optional.ofNullable(caller);
        }

        @Override
        public Caller require() {
            return caller;
        }
    }

    static class FakeEvents implements Event<ItemTransitioned> {
        final List<ItemTransitioned> fired = new ArrayList<>();

        @Override
        public void fire(ItemTransitioned event) {
            fired.add(event);
        }

        @Override
        public <U extends ItemTransitioned> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ItemTransitioned> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ItemTransitioned> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends ItemTransitioned> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ItemTransitioned> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    static final Instant NOW = Instant.parse("2020-03-20T02:00:00Z");

    FakeItems items;
    FakeAudit audit;
    FakeCaller caller;
    FakeEvents events;
    ItemTransitions transitions;
    ReplyApprovalCheck.Veto veto;

    @BeforeEach
    void setUp() {
        items = new FakeItems();
        audit = new FakeAudit();
        caller = new FakeCaller();
        events = new FakeEvents();
        transitions = new ItemTransitions();
        transitions.items = items;
        transitions.audit = audit;
        transitions.caller = caller;
        transitions.transitioned = events;
        transitions.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        transitions.replyChecks = new ReplyApprovalChecks() {
            @Override
            public Optional<ReplyApprovalCheck.Veto> firstVeto(String tenant, ProposalItem item) {
                return Optional.ofNullable(veto);
            }
        };
        transitions.reassignmentWindow = new cn.huiyin.proposals.application.assignment.ReassignmentWindow() {
            @Override
            public LocalDate lastDay(String agency, LocalDate assignedOn) {
                return assignedOn.plusDays(9);
            }
        };
        transitions.tenants = new TenantContext() {
            @Override
            public String requireAgency() {
                return "zhangdian-psb";
            }
        };
        transitions.permissions = new PermissionCatalog() {
            @Override
            public Set<String> permissionsOf(Collection<String> roles) {
                return roles.stream().anyMatch(r -> Set.of("agency-admin", "leader", "supervisor", "handler").contains(r))
                        ? Set.of("proposals.read", "proposals.handle") : Set.of();
            }
        };
        as("psb-leader", "leader");
    }

    void as(String username, String role) {
        caller.caller = new Caller(username, username, Set.of(role), List.of("zhangdian-psb"));
    }

    @Test
    void aTransitionChangesStateAndVersionAppendsHistoryAuditsAndTellsOtherModules() {
        ProposalItem item = items.add("assigned");

        ProposalItem after = transitions.take(item.getId(), ACKNOWLEDGE, null, 0);

        assertThat(after.getState()).isEqualTo("acknowledged");
        assertThat(after.getVersion()).isEqualTo(1);
        assertThat(items.history).singleElement().satisfies(h -> {
            assertThat(h.getItemId()).isEqualTo(item.getId());
            assertThat(h.getActor()).isEqualTo("psb-leader");
            assertThat(h.getAt()).isEqualTo(NOW);
            assertThat(h.getAction()).isEqualTo("acknowledge");
            assertThat(h.getFromState()).isEqualTo("assigned");
            assertThat(h.getToState()).isEqualTo("acknowledged");
        });
        assertThat(audit.lines).containsExactly("item.acknowledge zhangdian-psb item:" + item.getId() + " assigned → acknowledged");
        assertThat(events.fired).containsExactly(new ItemTransitioned("zhangdian-psb", item.getId(), "acknowledge", "assigned", "acknowledged"));
    }

    @Test
    void aStaleVersionChangesNothing() {
        ProposalItem item = items.add("assigned");

        assertThatThrownBy(() -> transitions.take(item.getId(), ACKNOWLEDGE, null, 7))
                .isInstanceOfSatisfying(UseCaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UseCaseException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("stale-version");
                });
        assertNothingChanged(item, "assigned");
    }

    @Test
    void workflowRefusalsBecome403409And400AndChangeNothing() {
        ProposalItem item = items.add("under_review");

        as("psb-handler", "handler");
        expect(() -> transitions.take(item.getId(), APPROVE_REPLY, null, 0), UseCaseException.Kind.FORBIDDEN, "role-may-not");
        as("psb-leader", "leader");
        expect(() -> transitions.take(item.getId(), ACKNOWLEDGE, null, 0), UseCaseException.Kind.CONFLICT, "state-forbids");
        expect(() -> transitions.take(item.getId(), RETURN_FOR_REWORK, "  ", 0), UseCaseException.Kind.INVALID, "reason-required");

        assertNothingChanged(item, "under_review");
    }

    @Test
    void anUnknownItemIsNotFoundAndACallerWithoutTheHandlePermissionIsForbidden() {
        expect(() -> transitions.take(42, ACKNOWLEDGE, null, 0), UseCaseException.Kind.NOT_FOUND, "not-found");

        ProposalItem item = items.add("assigned");
        as("deputy-li", "proposer");
        expect(() -> transitions.take(item.getId(), ACKNOWLEDGE, null, 0), UseCaseException.Kind.FORBIDDEN, "forbidden");
        assertThat(transitions.actingRoles()).isEmpty();
        assertNothingChanged(item, "assigned");
    }

    @Test
    void aVetoOfAReplyApprovalCheckIsA409AndChangesNothing() {
        ProposalItem item = items.add("under_review");
        veto = new ReplyApprovalCheck.Veto("cohandling-pending", "waiting for zhangdian-edu");

        expect(() -> transitions.take(item.getId(), APPROVE_REPLY, null, 0), UseCaseException.Kind.CONFLICT, "cohandling-pending");
        assertNothingChanged(item, "under_review");
        // the workflow's own refusals come first: a handler is told its role may not
        as("psb-handler", "handler");
        expect(() -> transitions.take(item.getId(), APPROVE_REPLY, null, 0), UseCaseException.Kind.FORBIDDEN, "role-may-not");

        veto = null;
        as("psb-leader", "leader");
        assertThat(transitions.take(item.getId(), APPROVE_REPLY, null, 0).getState()).isEqualTo("replied");
    }

    @Test
    void aReassignmentRequestAfterTheWindowIsRefusedAndChangesNothing() {
        // assigned 2020-03-12; the fake window ends 2020-03-21, "today" is 2020-03-20
        ProposalItem open = items.add("assigned");
        assertThat(transitions.take(open.getId(), REQUEST_REASSIGNMENT, "不属于本单位职责", 0).getState()).isEqualTo("reassignment_requested");

        transitions.clock = Clock.fixed(Instant.parse("2020-03-25T02:00:00Z"), ZoneOffset.UTC);
        ProposalItem late = items.add("assigned");
        expect(() -> transitions.take(late.getId(), REQUEST_REASSIGNMENT, "不属于本单位职责", 0), UseCaseException.Kind.CONFLICT,
                "reassignment-window-closed");
        assertThat(late.getState()).isEqualTo("assigned");
    }

    @Test
    void aRatingIsNoBareTransitionEvenForASupervisor() {
        ProposalItem item = items.add("replied");
        as("psb-supervisor", "supervisor");
        expect(() -> transitions.take(item.getId(), RATE_SATISFIED, null, 0), UseCaseException.Kind.INVALID, "rate-through-ratings");
        expect(() -> transitions.take(item.getId(), RATE_UNSATISFIED, "不满意", 0), UseCaseException.Kind.INVALID, "rate-through-ratings");
        assertNothingChanged(item, "replied");
    }

    private void assertNothingChanged(ProposalItem item, String state) {
        assertThat(item.getState()).isEqualTo(state);
        assertThat(item.getVersion()).isZero();
        assertThat(items.flushes).isZero();
        assertThat(items.history).isEmpty();
        assertThat(audit.lines).isEmpty();
        assertThat(events.fired).isEmpty();
    }

    private static void expect(Runnable call, UseCaseException.Kind kind, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UseCaseException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}

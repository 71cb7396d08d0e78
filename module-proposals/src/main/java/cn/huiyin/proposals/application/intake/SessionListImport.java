package cn.huiyin.proposals.application.intake;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.proposals.application.ItemRegistered;
import cn.huiyin.proposals.domain.intake.CheckedRow;
import cn.huiyin.proposals.domain.intake.ItemDraft;
import cn.huiyin.proposals.domain.intake.RowError;
import cn.huiyin.proposals.domain.intake.SessionListCheck;
import cn.huiyin.proposals.domain.intake.SessionListColumn;
import cn.huiyin.proposals.domain.intake.SessionListFile;
import cn.huiyin.proposals.domain.intake.SessionListRow;
import cn.huiyin.proposals.domain.intake.SessionListWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Importing a session's list (交办清单) from XLSX: {@link #preview} checks every row and stores
 * nothing; {@link #confirm} checks the same file again (the district may have changed since) and
 * stores ALL rows in one transaction, or none when any row is invalid. Stateless: the client
 * sends the file both times, so any instance of the app can take the confirmation.
 */
@ApplicationScoped
public class SessionListImport {

    private static final Logger LOG = Logger.getLogger(SessionListImport.class.getName());

    public record Preview(List<CheckedRow> rows) {
        public long invalidRows() {
            return rows.stream().filter(r -> !r.valid()).count();
        }

        public List<RowError> errors() {
            return rows.stream().flatMap(r -> r.errors().stream()).toList();
        }

        public boolean importable() {
            return invalidRows() == 0;
        }
    }

    public record Imported(int items, Map<String, Integer> byAgency) {
    }

    @Inject
    Districts districts;

    @Inject
    Intake intake;

    @Inject
    SessionListFile file;

    @Inject
    TenantWork work;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    Event<ItemRegistered> registered;

    @Inject
    Importer importer;

    /** Every row checked; nothing stored. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Preview preview(byte[] content) {
        District district = districts.current();
        return check(district, file.read(content));
    }

    /** The district's template with its agencies named. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public byte[] template() {
        District district = districts.current();
        return file.template(district.agencies().stream().map(Organization::getNameZh).toList());
    }

    /**
     * All rows in one transaction, or nothing ({@link RowsRejected} with every row's errors).
     * {@link ItemRegistered} follows per agency once the import is committed (see docs/proposals-intake.md).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Imported confirm(byte[] content) {
        District district = districts.current();
        Preview preview = check(district, file.read(content));
        if (!preview.importable()) {
            throw new RowsRejected("invalid-rows", preview.invalidRows() + " row(s) of the session list are invalid; nothing was imported.",
                    preview.errors());
        }
        List<ItemDraft> drafts = preview.rows().stream().map(CheckedRow::draft).toList();
        Instant at = Instant.now(clock);
        Map<String, List<Long>> ids;
        try {
            ids = importer.store(district.alias(), drafts, caller.require().username(), at);
        } catch (RuntimeException e) {
            if (Intake.uniqueViolation(e)) {
                throw cn.huiyin.platform.application.UseCaseException.conflict("duplicate-number",
                        "Some numbers were registered in the meantime; nothing was imported. Check the list again.");
            }
            throw e;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        ids.forEach((agency, list) -> counts.put(agency, list.size()));
        announce(drafts, ids);
        return new Imported(drafts.size(), counts);
    }

    private Preview check(District district, List<SessionListRow> rows) {
        List<String> sessions = rows.stream().map(r -> r.get(SessionListColumn.SESSION)).filter(java.util.Objects::nonNull)
                .distinct().toList();
        return new Preview(new SessionListCheck(district::resolve, intake.numbersOf(district, sessions)).check(rows));
    }

    /** Deadlines and reminders start from ItemRegistered: fired per agency, in a transaction bound to it. */
    private void announce(List<ItemDraft> drafts, Map<String, List<Long>> ids) {
        Map<String, List<ItemDraft>> byAgency = new LinkedHashMap<>();
        drafts.forEach(d -> byAgency.computeIfAbsent(d.agency(), a -> new java.util.ArrayList<>()).add(d));
        ids.forEach((agency, list) -> {
            List<ItemDraft> own = byAgency.get(agency);
            try {
                work.in(agency, () -> {
                    for (int i = 0; i < list.size(); i++) {
                        registered.fire(new ItemRegistered(agency, list.get(i), own.get(i).assignedOn(), own.get(i).keyItem()));
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Items of " + agency + " were imported but an observer of ItemRegistered failed", e);
            }
        });
    }

    /** The one transaction of an import: every tenant's rows and every audit line. */
    @ApplicationScoped
    public static class Importer {

        @Inject
        SessionListWriter writer;

        @Inject
        AuditLog audit;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Map<String, List<Long>> store(String district, List<ItemDraft> drafts, String actor, Instant at) {
            Map<String, List<Long>> ids = writer.write(district, drafts, actor, at);
            ids.forEach((agency, list) -> list.forEach(id ->
                    audit.record("item." + Intake.REGISTER, agency, "item:" + id, null, "assigned")));
            audit.record("intake.imported", null, "district:" + district, null, drafts.size() + " items");
            return ids;
        }
    }
}

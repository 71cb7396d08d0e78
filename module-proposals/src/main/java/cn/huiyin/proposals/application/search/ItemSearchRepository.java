package cn.huiyin.proposals.application.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The current tenant's items as list rows; the tenant is never a parameter here. */
public interface ItemSearchRepository {

    /**
     * @param assignee when set, only items this user handles or leads
     * @param today    the day against which "overdue" is judged
     */
    List<ItemRow> find(ItemFilter filter, String assignee, LocalDate today);

    long count(ItemFilter filter, String assignee, LocalDate today);

    Optional<ItemRow> row(long id);

    /** The agency's active units (科室), for the unit filter. */
    List<UnitOption> units();

    record UnitOption(long id, String nameZh, String nameEn) {
    }
}

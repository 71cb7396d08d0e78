package cn.huiyin.platform.domain.tenancy;

import java.util.List;
import java.util.Optional;

/** The current agency's units; another agency's unit is simply not there. */
public interface UnitRepository {

    /** Every unit of the agency, active ones first, then by Chinese name. */
    List<Unit> all();

    Optional<Unit> find(long id);

    Optional<Unit> findByNameZh(String nameZh);

    Unit add(Unit unit);

    /** Writes pending changes now, so a stale version fails here and not at commit. */
    void flush();
}

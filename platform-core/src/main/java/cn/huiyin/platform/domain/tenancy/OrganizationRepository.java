package cn.huiyin.platform.domain.tenancy;

import java.util.List;
import java.util.Optional;

public interface OrganizationRepository {

    Optional<Organization> findActiveByAlias(String alias);

    List<Organization> findAll();

    /** Agencies of a district, active or not. */
    List<Organization> agenciesOf(String districtAlias);

    Organization add(Organization organization);
}

package cn.huiyin.platform.domain.tenancy;

import java.util.List;
import java.util.Optional;

public interface OrganizationRepository {

    Optional<Organization> findActiveByAlias(String alias);

    List<Organization> findAll();
}

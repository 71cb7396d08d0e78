package cn.huiyin.ui.proposals.assignment;

import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import jakarta.enterprise.inject.spi.CDI;

import java.util.Locale;

/** An agency's name in the user's language, by alias (the alias itself when unknown). */
final class AgencyNames {

    private AgencyNames() {
    }

    static String of(String alias, Locale locale) {
        return CDI.current().select(OrganizationRepository.class).get().findActiveByAlias(alias)
                .map(o -> name(o, locale)).orElse(alias);
    }

    static String name(Organization o, Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && o.getNameEn() != null ? o.getNameEn() : o.getNameZh();
    }
}

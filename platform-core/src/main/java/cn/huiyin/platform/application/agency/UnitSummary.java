package cn.huiyin.platform.application.agency;

import cn.huiyin.platform.domain.tenancy.Unit;

import java.util.Locale;

/** A unit outside the persistence context. */
public record UnitSummary(long id, String nameZh, String nameEn, boolean active, long version) {

    public static UnitSummary of(Unit u) {
        return new UnitSummary(u.getId(), u.getNameZh(), u.getNameEn(), u.isActive(), u.getVersion());
    }

    public String name(Locale locale) {
        return nameEn != null && locale != null && !"zh".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}

package cn.huiyin.platform.application.onboarding;

import cn.huiyin.platform.domain.tenancy.Organization;

import java.util.Locale;

/** A district or agency as the API and the UI show it; {@code kind} is the stable code (district|agency). */
public record OrganizationSummary(String alias, String kind, String nameZh, String nameEn, String districtAlias,
                                  boolean active) {

    public static OrganizationSummary of(Organization o) {
        return new OrganizationSummary(o.getAlias(), o.getKind().code(), o.getNameZh(), o.getNameEn(),
                o.getDistrictAlias(), o.isActive());
    }

    public boolean isDistrict() {
        return Organization.Kind.DISTRICT.code().equals(kind);
    }

    /** The English name in English, else the Chinese one. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
    }
}

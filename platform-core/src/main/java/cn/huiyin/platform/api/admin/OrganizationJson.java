package cn.huiyin.platform.api.admin;

import cn.huiyin.platform.application.onboarding.OrganizationSummary;

/** A district or agency in {@code GET /api/v1/admin/organizations}; {@code kind} is district|agency. */
public record OrganizationJson(String alias, String kind, String nameZh, String nameEn, String districtAlias,
                               boolean active) {

    static OrganizationJson of(OrganizationSummary o) {
        return new OrganizationJson(o.alias(), o.kind(), o.nameZh(), o.nameEn(), o.districtAlias(), o.active());
    }
}

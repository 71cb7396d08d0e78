package cn.huiyin.proposals.application.intake;

import cn.huiyin.platform.domain.tenancy.Organization;

import java.util.List;
import java.util.Optional;

/**
 * The caller's district and the agencies in it that take items (active, proposals module on).
 * An agency outside this list does not exist for the caller.
 */
public record District(String alias, String nameZh, String nameEn, List<Organization> agencies) {

    public District {
        agencies = List.copyOf(agencies);
    }

    public Optional<Organization> agency(String alias) {
        return agencies.stream().filter(a -> a.getAlias().equals(alias)).findFirst();
    }

    /** An agency as a spreadsheet names it: its alias, Chinese or English name. */
    public Optional<String> resolve(String nameOrAlias) {
        String s = nameOrAlias == null ? "" : nameOrAlias.strip();
        return agencies.stream().filter(a -> a.getAlias().equals(s) || a.getNameZh().equals(s) || s.equalsIgnoreCase(a.getNameEn()))
                .map(Organization::getAlias).findFirst();
    }

    public String agencyName(String alias) {
        return agency(alias).map(Organization::getNameZh).orElse(alias);
    }
}

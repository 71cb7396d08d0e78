package cn.huiyin.proposals.application.intake;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.tenancy.ModuleSwitches;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which agencies exist for district oversight: its own district's, active, with the module on; nothing for others. */
class DistrictsTest {

    static Districts districts(Organization callerOrg, Set<String> switchedOff, List<Organization> agencies) {
        Districts d = new Districts();
        d.tenants = new TenantContext() {
            @Override
            public Optional<Organization> organization() {
                return Optional.ofNullable(callerOrg);
            }
        };
        d.switches = new ModuleSwitches() {
            @Override
            public boolean isEnabled(String tenantId, String moduleId) {
                return !switchedOff.contains(tenantId);
            }
        };
        d.organizations = new OrganizationRepository() {
            public Optional<Organization> findActiveByAlias(String alias) { return Optional.empty(); }
            public List<Organization> findAll() { return agencies; }
            public List<Organization> agenciesOf(String district) {
                return agencies.stream().filter(a -> district.equals(a.getDistrictAlias())).toList();
            }
            public Organization add(Organization organization) { return organization; }
        };
        return d;
    }

    static final Organization ZHANGDIAN = Organization.district("zhangdian", "张店区", "Zhangdian");
    static final List<Organization> AGENCIES = List.of(
            Organization.agency("zhangdian-psb", "张店公安分局", "Zhangdian PSB", "zhangdian"),
            Organization.agency("zhangdian-edu", "张店区教育局", "Zhangdian Education", "zhangdian"),
            Organization.agency("zichuan-psb", "淄川公安分局", "Zichuan PSB", "zichuan"));

    @Test
    void oversightSeesTheAgenciesOfItsOwnDistrictThatHaveTheModuleOn() {
        District d = districts(ZHANGDIAN, Set.of("zhangdian-edu"), AGENCIES).current();

        assertThat(d.alias()).isEqualTo("zhangdian");
        assertThat(d.agencies()).extracting(Organization::getAlias).containsExactly("zhangdian-psb");
        assertThat(d.resolve("张店公安分局")).contains("zhangdian-psb");
        assertThat(d.resolve("Zhangdian PSB")).contains("zhangdian-psb");
        assertThat(d.resolve("张店区教育局")).isEmpty();
        assertThat(d.resolve("淄川公安分局")).isEmpty();
    }

    @Test
    void anAgencyElsewhereSwitchedOffOrMissingIsTheSameNotFound() {
        Districts districts = districts(ZHANGDIAN, Set.of("zhangdian-edu"), AGENCIES);
        District d = districts.current();

        for (String alias : List.of("zichuan-psb", "zhangdian-edu", "nowhere")) {
            assertThatThrownBy(() -> districts.agency(d, alias)).isInstanceOfSatisfying(UseCaseException.class, e -> {
                assertThat(e.kind()).isEqualTo(UseCaseException.Kind.NOT_FOUND);
                assertThat(e.code()).isEqualTo("not-found");
            });
        }
        assertThat(districts.agency(d, "zhangdian-psb").getNameZh()).isEqualTo("张店公安分局");
    }

    @Test
    void anAgencysUserOrNobodyHasNoDistrict() {
        for (Organization org : new Organization[]{AGENCIES.getFirst(), null}) {
            assertThatThrownBy(() -> districts(org, Set.of(), AGENCIES).current()).isInstanceOfSatisfying(UseCaseException.class,
                    e -> assertThat(e.code()).isEqualTo("no-district"));
        }
    }
}

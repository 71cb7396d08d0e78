package cn.huiyin.proposals.application.intake;

import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.proposals.domain.intake.IntakeItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Earlier items of the district like the one being registered: the same lead proposer, or a
 * similar title (pg_trgm, works for Chinese) or text. Read agency by agency, each in its own
 * transaction bound to that agency.
 */
@ApplicationScoped
public class SimilarItems {

    public static final int LIMIT = 10;

    public record Found(String agency, String agencyName, IntakeItems.Similar item) {
    }

    @Inject
    Districts districts;

    @Inject
    TenantWork work;

    @Inject
    IntakeItems items;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Found> find(String title, String proposer, String body) {
        boolean nothing = (title == null || title.isBlank()) && (proposer == null || proposer.isBlank())
                && (body == null || body.isBlank());
        District district = districts.current();
        if (nothing) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (Organization a : district.agencies()) {
            work.in(a.getAlias(), () -> items.similar(title, proposer, body, LIMIT))
                    .forEach(s -> found.add(new Found(a.getAlias(), a.getNameZh(), s)));
        }
        return found.stream().sorted(Comparator.comparing((Found f) -> !f.item().sameProposer())
                        .thenComparing(f -> -f.item().score()).thenComparing(f -> -f.item().id()))
                .limit(LIMIT).toList();
    }
}

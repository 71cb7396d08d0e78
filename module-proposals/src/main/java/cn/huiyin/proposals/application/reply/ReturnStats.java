package cn.huiyin.proposals.application.reply;

import cn.huiyin.platform.domain.tenancy.Unit;
import cn.huiyin.platform.domain.tenancy.UnitRepository;
import cn.huiyin.proposals.domain.reply.ReplyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Returns for rework (退回重办) counted per undertaking unit (承办科室) from the items' history. */
@ApplicationScoped
public class ReturnStats {

    /** {@code unitId} null: items without a unit. */
    public record UnitReturns(Long unitId, String unitNameZh, String unitNameEn, long returns) {
    }

    @Inject
    ReplyRepository replies;

    @Inject
    UnitRepository units;

    @Transactional
    public List<UnitReturns> byUnit() {
        Map<Long, Long> counts = replies.returnsByUnit();
        Map<Long, Unit> named = units.all().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        return counts.entrySet().stream().map(e -> {
            Unit u = e.getKey() == null ? null : named.get(e.getKey());
            return new UnitReturns(e.getKey(), u == null ? null : u.getNameZh(), u == null ? null : u.getNameEn(), e.getValue());
        }).toList();
    }
}

package cn.huiyin.proposals.domain.intake;

import java.util.List;
import java.util.Optional;

/** The current district's proposers; the district is the bound tenant, never a parameter. */
public interface ProposerRegistry {

    Optional<Proposer> find(long id);

    Optional<Proposer> byName(ProposerKind kind, String name);

    /** Names containing {@code text} (or all when blank), by name; {@code kind} null means both. */
    List<Proposer> search(String text, ProposerKind kind, int limit);

    List<Proposer> byIds(List<Long> ids);

    Proposer add(Proposer proposer);
}

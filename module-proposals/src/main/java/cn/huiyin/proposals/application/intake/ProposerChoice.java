package cn.huiyin.proposals.application.intake;

/**
 * A proposer picked from the district's registry ({@code id}) or named for the first time
 * ({@code name}, with 代表团/界别 as {@code group} and an optional Keycloak {@code username}).
 * A new name that the registry already knows is the same person: reused, not duplicated.
 */
public record ProposerChoice(Long id, String name, String group, String username) {

    public static ProposerChoice existing(long id) {
        return new ProposerChoice(id, null, null, null);
    }

    public static ProposerChoice named(String name, String group, String username) {
        return new ProposerChoice(null, name, group, username);
    }
}

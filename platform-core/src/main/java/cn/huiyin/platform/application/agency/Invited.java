package cn.huiyin.platform.application.agency;

/** The new member and the one copy of their initial password; {@link #toString()} hides it. */
public record Invited(AgencyMember member, String initialPassword) {

    @Override
    public String toString() {
        return "Invited[member=" + member + ", initialPassword=(hidden)]";
    }
}

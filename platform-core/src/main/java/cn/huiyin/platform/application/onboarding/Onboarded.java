package cn.huiyin.platform.application.onboarding;

/**
 * A new organization and its first admin. The initial password is handed out once, here, and
 * is stored nowhere by the platform; {@link #toString()} leaves it out so no log line carries it.
 */
public record Onboarded(OrganizationSummary organization, String adminUsername, String adminRole,
                        String initialPassword) {

    @Override
    public String toString() {
        return "Onboarded[organization=" + organization + ", adminUsername=" + adminUsername
                + ", adminRole=" + adminRole + ", initialPassword=(hidden)]";
    }
}

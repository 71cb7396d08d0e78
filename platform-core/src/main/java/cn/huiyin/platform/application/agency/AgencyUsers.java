package cn.huiyin.platform.application.agency;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.onboarding.InitialPasswords;
import cn.huiyin.platform.application.onboarding.OnboardingFailedException;
import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminClient;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminException;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakOrganization;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * An agency admin manages the users of their own agency (the agency from {@link AgencyGuard},
 * never from the request): list, invite, change role, assign unit, deactivate, reactivate.
 * Keycloak holds the account (names, e-mail, role, enabled); the platform the membership (active,
 * unit) and the audit line. Keycloak first, then the database in a transaction of its own
 * ({@link AgencyUsersRecorder}); when the database fails, the Keycloak change is undone, as
 * onboarding does. A user of another agency is not found (404).
 *
 * <p>Deactivating disables the Keycloak account (no new token) and the membership (a token
 * still valid acts for no agency from the next request on: 403 {@code no-tenant}).
 */
@ApplicationScoped
public class AgencyUsers {

    private static final Logger LOG = Logger.getLogger(AgencyUsers.class.getName());

    @Inject
    AgencyGuard guard;

    @Inject
    KeycloakAdminClient keycloak;

    @Inject
    AgencyUsersRecorder recorder;

    /** Every member of the agency, deactivated ones too, by username. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<AgencyMember> list() {
        String agency = guard.require().agency();
        List<AgencyUsersRecorder.Member> members = recorder.members(agency);
        try {
            Map<String, KeycloakUser> accounts = keycloak.findOrganizationByAlias(agency)
                    .map(o -> keycloak.organizationMemberUsers(o.id())).orElse(List.of()).stream()
                    .collect(Collectors.toMap(u -> u.username().toLowerCase(), Function.identity(), (a, b) -> a));
            Map<String, String> roles = new HashMap<>();
            // most powerful last, so it wins for a user holding two agency roles
            for (String role : AgencyRules.AGENCY_ROLES.reversed()) {
                keycloak.usersInRealmRole(role).forEach(u -> roles.put(u.toLowerCase(), role));
            }
            return members.stream().map(m -> {
                KeycloakUser k = accounts.get(m.username().toLowerCase());
                return new AgencyMember(m.username(), k == null ? null : k.lastName(), k == null ? null : k.firstName(),
                        k == null ? null : k.email(), roles.get(m.username().toLowerCase()), k != null && k.enabled(),
                        m.active(), m.unit());
            }).toList();
        } catch (KeycloakAdminException e) {
            throw keycloakFailed(e, "Nothing was read.");
        }
    }

    /** One member of the agency. @throws UseCaseException {@code not-found} */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AgencyMember member(String username) {
        String agency = guard.require().agency();
        AgencyUsersRecorder.Member m = recorder.member(agency, username);
        try {
            KeycloakUser k = keycloak.findUser(m.username()).orElse(null);
            String role = k == null ? null : agencyRole(keycloak.realmRolesOf(k.id()));
            return new AgencyMember(m.username(), k == null ? null : k.lastName(), k == null ? null : k.firstName(),
                    k == null ? null : k.email(), role, k != null && k.enabled(), m.active(), m.unit());
        } catch (KeycloakAdminException e) {
            throw keycloakFailed(e, "Nothing was read.");
        }
    }

    /**
     * Creates the Keycloak account (enabled, non-temporary generated password), grants the role,
     * makes it a member of the agency's Keycloak organization, then records the membership.
     *
     * @throws cn.huiyin.platform.application.onboarding.OnboardingRejectedException invalid input (400)
     * @throws UseCaseException {@code not-found} (unit), {@code unit-inactive} (400),
     *         {@code user-exists}, {@code email-exists} (409)
     * @throws OnboardingFailedException Keycloak (502) or the database (500) failed; nothing stays
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Invited invite(Invitation invitation) {
        AgencyGuard.Admin admin = guard.require();
        String agency = admin.agency();
        AgencyUnits.reject(AgencyRules.checkInvitation(invitation));
        recorder.requireUnit(invitation.unitId());
        if (recorder.isKnown(invitation.username())) {
            throw userExists(invitation.username());
        }
        KeycloakOrganization organization;
        try {
            organization = keycloak.findOrganizationByAlias(agency).orElseThrow(() -> new OnboardingFailedException(502,
                    OnboardingFailedException.KEYCLOAK_FAILED, "Keycloak has no organization '" + agency + "'. Nothing was created.", null));
        } catch (KeycloakAdminException e) {
            throw keycloakFailed(e, "Nothing was created.");
        }
        String password = InitialPasswords.generate();
        String userId = null;
        boolean creating = true;
        try {
            userId = keycloak.createUser(new KeycloakAdminClient.NewUser(invitation.username(), invitation.givenName(),
                    invitation.familyName(), invitation.email()), password);
            creating = false;
            keycloak.assignRealmRole(userId, invitation.role());
            keycloak.addOrganizationMember(organization.id(), userId);
            recorder.invited(agency, invitation, userId);
        } catch (RuntimeException e) {
            boolean removed = userId == null || undo("invitation of '" + invitation.username() + "'", userId, keycloak::deleteUser);
            RuntimeException failure = translateInvite(e, creating, invitation);
            if (!removed) {
                throw new OnboardingFailedException(502, OnboardingFailedException.INCOMPLETE, failure.getMessage()
                        + " Removing the Keycloak user again failed too; left behind: user '" + invitation.username()
                        + "' (" + userId + ").", e);
            }
            throw failure;
        }
        LOG.info(() -> admin.caller().username() + " invited '" + invitation.username() + "' (" + invitation.role()
                + ") into " + agency);
        return new Invited(member(invitation.username()), password);
    }

    /**
     * Grants the new agency role, then takes the other agency roles away.
     *
     * @throws UseCaseException {@code own-account} (409): an admin cannot give up their own admin role
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AgencyMember changeRole(String username, String role) {
        AgencyGuard.Admin admin = guard.require();
        String agency = admin.agency();
        AgencyUnits.reject(AgencyRules.checkRole(AgencyRules.strip(role)));
        String newRole = AgencyRules.strip(role);
        AgencyUsersRecorder.Member m = recorder.member(agency, username);
        if (isSelf(admin, m.username()) && !Roles.AGENCY_ADMIN.equals(newRole)) {
            throw ownAccount("You cannot take away your own agency-admin role; ask another agency admin.");
        }
        KeycloakUser account = account(m.username());
        List<String> old;
        try {
            old = keycloak.realmRolesOf(account.id()).stream().filter(AgencyRules.AGENCY_ROLES::contains).toList();
        } catch (KeycloakAdminException e) {
            throw keycloakFailed(e, "Nothing was changed.");
        }
        if (old.equals(List.of(newRole))) {
            return member(m.username());
        }
        List<String> removed = new ArrayList<>();
        boolean granted = false;
        try {
            if (!old.contains(newRole)) {
                keycloak.assignRealmRole(account.id(), newRole);
                granted = true;
            }
            for (String r : old) {
                if (!r.equals(newRole)) {
                    keycloak.removeRealmRole(account.id(), r);
                    removed.add(r);
                }
            }
            recorder.roleChanged(agency, m.username(), String.join(",", old), newRole);
        } catch (RuntimeException e) {
            boolean undone = true;
            for (String r : removed) {
                undone &= undo("role change of '" + m.username() + "'", account.id(), id -> keycloak.assignRealmRole(id, r));
            }
            if (granted) {
                undone &= undo("role change of '" + m.username() + "'", account.id(), id -> keycloak.removeRealmRole(id, newRole));
            }
            throw failed(e, undone, "change the role of '" + m.username() + "'");
        }
        return member(m.username());
    }

    /** Puts the member into an active unit of the agency, or into none ({@code null}). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AgencyMember assignUnit(String username, Long unitId) {
        String agency = guard.require().agency();
        recorder.unitAssigned(agency, recorder.member(agency, username).username(), unitId);
        return member(username);
    }

    /**
     * Disables the Keycloak account and the membership.
     *
     * @throws UseCaseException {@code own-account} (409) for the caller's own account
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AgencyMember deactivate(String username) {
        return setActive(username, false);
    }

    /** Enables the Keycloak account and the membership again. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AgencyMember reactivate(String username) {
        return setActive(username, true);
    }

    private AgencyMember setActive(String username, boolean active) {
        AgencyGuard.Admin admin = guard.require();
        String agency = admin.agency();
        AgencyUsersRecorder.Member m = recorder.member(agency, username);
        if (!active && isSelf(admin, m.username())) {
            throw ownAccount("You cannot deactivate your own account; ask another agency admin.");
        }
        KeycloakUser account = account(m.username());
        if (m.active() == active && account.enabled() == active) {
            return member(m.username());
        }
        boolean changed = false;
        try {
            if (account.enabled() != active) {
                keycloak.setUserEnabled(account.id(), active);
                changed = true;
            }
            recorder.activeChanged(agency, m.username(), active);
        } catch (RuntimeException e) {
            boolean undone = !changed || undo((active ? "reactivation" : "deactivation") + " of '" + m.username() + "'",
                    account.id(), id -> keycloak.setUserEnabled(id, !active));
            throw failed(e, undone, (active ? "reactivate '" : "deactivate '") + m.username() + "'");
        }
        LOG.info(() -> admin.caller().username() + (active ? " reactivated '" : " deactivated '") + m.username() + "' of " + agency);
        return member(m.username());
    }

    // ---- helpers

    private KeycloakUser account(String username) {
        try {
            return keycloak.findUser(username).orElseThrow(() -> new OnboardingFailedException(502,
                    OnboardingFailedException.KEYCLOAK_FAILED, "Keycloak has no user '" + username
                    + "' although the platform has the membership. Nothing was changed.", null));
        } catch (KeycloakAdminException e) {
            throw keycloakFailed(e, "Nothing was changed.");
        }
    }

    static String agencyRole(List<String> realmRoles) {
        return AgencyRules.AGENCY_ROLES.stream().filter(realmRoles::contains).findFirst().orElse(null);
    }

    private static boolean isSelf(AgencyGuard.Admin admin, String username) {
        return admin.caller().username().equalsIgnoreCase(username);
    }

    private static UseCaseException ownAccount(String message) {
        return UseCaseException.conflict("own-account", message);
    }

    private static UseCaseException userExists(String username) {
        return UseCaseException.conflict("user-exists", "There is a user '" + username + "' already.");
    }

    private interface KeycloakStep {
        void run(String id);
    }

    /** Runs a compensating Keycloak call; false (and a SEVERE log line) when it fails. */
    private static boolean undo(String what, String id, KeycloakStep step) {
        try {
            step.run(id);
            LOG.info(() -> what + " undone in Keycloak (" + id + ")");
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, what + ": could not undo the Keycloak change for " + id + "; fix it by hand", e);
            return false;
        }
    }

    private static RuntimeException failed(RuntimeException e, boolean undone, String what) {
        RuntimeException failure = e instanceof UseCaseException || e instanceof OnboardingFailedException ? e
                : e instanceof KeycloakAdminException k ? keycloakFailed(k, "Nothing was changed.")
                : databaseFailed(e, "The platform could not " + what + "; nothing was changed.");
        if (!undone) {
            return new OnboardingFailedException(502, OnboardingFailedException.INCOMPLETE, "Could not " + what
                    + ", and undoing the Keycloak change failed too; see the server log.", e);
        }
        return failure;
    }

    private static RuntimeException translateInvite(RuntimeException e, boolean creating, Invitation i) {
        if (e instanceof UseCaseException || e instanceof OnboardingFailedException) {
            return e;
        }
        if (!(e instanceof KeycloakAdminException k)) {
            return databaseFailed(e, "The platform could not record user '" + i.username() + "'; nothing was created.");
        }
        String error = k.error() == null ? "" : k.error();
        if (creating && k.status() == 409) {
            return error.contains("email")
                    ? UseCaseException.conflict("email-exists", "Keycloak has a user with e-mail '" + i.email() + "' already.")
                    : userExists(i.username());
        }
        if (creating && k.status() == 400) {
            return UseCaseException.invalid("keycloak-rejected", "Keycloak refused the input: " + error);
        }
        return keycloakFailed(k, "Nothing was created.");
    }

    private static OnboardingFailedException databaseFailed(RuntimeException e, String message) {
        LOG.log(Level.SEVERE, message, e);
        return new OnboardingFailedException(500, "agency-users-failed", message, e);
    }

    private static OnboardingFailedException keycloakFailed(KeycloakAdminException e, String outcome) {
        LOG.log(Level.WARNING, "Agency users: Keycloak failed: " + e.getMessage());
        return new OnboardingFailedException(502, OnboardingFailedException.KEYCLOAK_FAILED,
                "Keycloak: " + e.getMessage() + ". " + outcome, e);
    }
}

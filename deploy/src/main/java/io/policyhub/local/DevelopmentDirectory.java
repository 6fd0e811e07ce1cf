package io.policyhub.local;

import io.policyhub.assignment.Email;
import io.policyhub.assignment.Mailer;
import io.policyhub.practice.IntegratorClient;
import io.policyhub.practice.IntegratorCredentials;
import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeDirectory;
import io.policyhub.practice.StaffAccount;
import io.policyhub.practice.StaffInvitation;
import io.policyhub.practice.StaffRole;
import io.policyhub.shared.ServiceUnavailable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.util.HtmlUtils;

/**
 * The identity directory of the local run and the tests, backed by the development issuer: what Keycloak would
 * create, the issuer really hands out tokens for. An invited person gets client-credentials (their e-mail address
 * as client id) by e-mail through the application's own mail transport; an integrator gets working
 * client-credentials at once. Kept in memory: a restart forgets them, as it forgets the issuer's keys.
 */
public final class DevelopmentDirectory implements PracticeDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DevelopmentIssuer issuer;
    private final Mailer mailer;
    private final Set<String> organizations = ConcurrentHashMap.newKeySet();
    private final Map<String, DevelopmentIdentity> staff = new ConcurrentHashMap<>();

    public DevelopmentDirectory(DevelopmentIssuer issuer, Mailer mailer) {
        this.issuer = issuer;
        this.mailer = mailer;
    }

    @Override
    public boolean createOrganization(Practice practice) {
        return organizations.add(practice.alias());
    }

    @Override
    public void removeOrganization(Practice practice) {
        organizations.remove(practice.alias());
    }

    @Override
    public Optional<StaffAccount> findAccount(String email) {
        return Optional.ofNullable(staff.get(email))
                .map(identity -> new StaffAccount(
                        email, email, Set.copyOf(identity.roles()), Set.copyOf(identity.organizations())));
    }

    @Override
    public void inviteNewAccount(Practice practice, StaffInvitation invitation) {
        var identity = new DevelopmentIdentity(
                invitation.email(),
                secret(),
                invitation.email(),
                List.of(invitation.role().roleName()),
                List.of(practice.alias()));
        try {
            mailer.send(invitationEmail(practice, invitation, identity));
        } catch (Mailer.MailFailure e) {
            throw ServiceUnavailable.identityProvider(e);
        }
        register(identity);
    }

    @Override
    public void addMember(Practice practice, StaffAccount account, StaffRole role) {
        DevelopmentIdentity current = staff.get(account.email());
        var roles = new HashSet<>(current.roles());
        roles.add(role.roleName());
        var memberships = new ArrayList<>(current.organizations());
        memberships.add(practice.alias());
        register(new DevelopmentIdentity(
                current.clientId(), current.clientSecret(), current.username(), List.copyOf(roles), memberships));
    }

    @Override
    public IntegratorCredentials createIntegrator(Practice practice, IntegratorClient client) {
        var identity = new DevelopmentIdentity(
                client.clientId(),
                secret(),
                "service-account-" + client.clientId(),
                List.of("integrator"),
                List.of(practice.alias()));
        issuer.register(identity);
        return new IntegratorCredentials(identity.clientId(), identity.clientSecret(), issuer.tokenEndpoint());
    }

    private void register(DevelopmentIdentity identity) {
        staff.put(identity.clientId(), identity);
        issuer.register(identity);
    }

    private Email invitationEmail(Practice practice, StaffInvitation invitation, DevelopmentIdentity identity) {
        String text = "You are invited to " + practice.name() + " on Policyhub as "
                + invitation.role().roleName()
                + ".\n\nThis is the development identity provider: get an access token with the client-credentials"
                + " grant.\n\ntoken endpoint: " + issuer.tokenEndpoint() + "\nclient_id: " + identity.clientId()
                + "\nclient_secret: " + identity.clientSecret() + "\n";
        String html = "<pre>" + HtmlUtils.htmlEscape(text) + "</pre>";
        return new Email(
                practice.name(),
                practice.contactEmail().orElse(null),
                invitation.email(),
                "You are invited to " + practice.name() + " on Policyhub",
                text,
                html);
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

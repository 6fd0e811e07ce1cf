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
import io.policyhub.practice.TeamMember;
import io.policyhub.shared.ServiceUnavailable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The identity directory of the local run and the tests, backed by the development issuer: what Keycloak would
 * create, the issuer really hands out tokens for, and the issuer's identities are the directory's accounts (the
 * seeded ones included), so a change of role or practice shows in the next sign-in. An invited person gets
 * client-credentials (their e-mail address as client id, which is also their member id) by e-mail through the
 * application's own mail transport, and stays pending until they first sign in or fetch a token; an integrator
 * gets working client-credentials at once. Kept in memory: a restart forgets them, as it forgets the issuer's keys.
 */
public final class DevelopmentDirectory implements PracticeDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String INTEGRATOR = "integrator";

    private final DevelopmentIssuer issuer;
    private final Mailer mailer;
    private final Set<String> organizations = ConcurrentHashMap.newKeySet();
    /** The names given in invitations, by client id: the issuer's identities carry none. */
    private final Map<String, String> names = new ConcurrentHashMap<>();

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
        return staff().filter(identity -> identity.username().equalsIgnoreCase(email))
                .min(Comparator.comparing(DevelopmentIdentity::clientId))
                .map(identity -> new StaffAccount(
                        identity.clientId(),
                        email,
                        Set.copyOf(identity.roles()),
                        Set.copyOf(identity.organizations())));
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
        Optional.ofNullable(nameOf(invitation)).ifPresent(name -> names.put(identity.clientId(), name));
        issuer.registerInvited(identity);
    }

    @Override
    public void addMember(Practice practice, StaffAccount account, StaffRole role) {
        DevelopmentIdentity current = identity(account.id());
        var roles = new HashSet<>(current.roles());
        roles.add(role.roleName());
        var memberships = new ArrayList<>(current.organizations());
        memberships.add(practice.alias());
        issuer.register(new DevelopmentIdentity(
                current.clientId(), current.clientSecret(), current.username(), List.copyOf(roles), memberships));
    }

    @Override
    public IntegratorCredentials createIntegrator(Practice practice, IntegratorClient client) {
        var identity = new DevelopmentIdentity(
                client.clientId(),
                secret(),
                "service-account-" + client.clientId(),
                List.of(INTEGRATOR),
                List.of(practice.alias()));
        issuer.register(identity);
        return new IntegratorCredentials(identity.clientId(), identity.clientSecret(), issuer.tokenEndpoint());
    }

    @Override
    public List<TeamMember> members(Practice practice) {
        return staff().filter(identity -> identity.organizations().contains(practice.alias()))
                .map(this::member)
                .toList();
    }

    @Override
    public Set<String> practicesOf(TeamMember member) {
        return Set.copyOf(identity(member.id()).organizations());
    }

    @Override
    public void changeRole(TeamMember member, StaffRole role) {
        DevelopmentIdentity current = identity(member.id());
        List<String> roles = Stream.concat(
                        current.roles().stream().filter(name -> !StaffRole.isStaffRole(name)),
                        Stream.of(role.roleName()))
                .toList();
        issuer.register(new DevelopmentIdentity(
                current.clientId(), current.clientSecret(), current.username(), roles, current.organizations()));
    }

    @Override
    public void removeMember(Practice practice, TeamMember member) {
        DevelopmentIdentity current = identity(member.id());
        List<String> memberships = current.organizations().stream()
                .filter(alias -> !alias.equals(practice.alias()))
                .toList();
        issuer.register(new DevelopmentIdentity(
                current.clientId(), current.clientSecret(), current.username(), current.roles(), memberships));
    }

    /** People, not integrators' service accounts. */
    private Stream<DevelopmentIdentity> staff() {
        return issuer.identities().stream().filter(identity -> !identity.roles().contains(INTEGRATOR));
    }

    private TeamMember member(DevelopmentIdentity identity) {
        return new TeamMember(
                identity.clientId(),
                identity.username(),
                names.get(identity.clientId()),
                identity.username().contains("@") ? identity.username() : null,
                StaffRole.highestOf(identity.roles()),
                issuer.pending(identity.clientId()));
    }

    private DevelopmentIdentity identity(String clientId) {
        return issuer.identity(clientId)
                .orElseThrow(() -> new IllegalStateException("no development identity " + clientId));
    }

    private static @Nullable String nameOf(StaffInvitation invitation) {
        String name = Stream.of(invitation.firstName(), invitation.lastName())
                .filter(part -> part != null)
                .reduce((first, last) -> first + " " + last)
                .orElse("");
        return name.isEmpty() ? null : name;
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

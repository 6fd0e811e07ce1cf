package io.policyhub;

import io.policyhub.acknowledgement.AcknowledgementManagement;
import io.policyhub.acknowledgement.Acknowledgements;
import io.policyhub.acknowledgement.ClientProgressQueries;
import io.policyhub.acknowledgement.ComplianceQueries;
import io.policyhub.acknowledgement.PortalAcknowledgement;
import io.policyhub.acknowledgement.PortalLinkStates;
import io.policyhub.acknowledgement.PortalTokens;
import io.policyhub.acknowledgement.ProgressManagement;
import io.policyhub.assignment.AssignmentManagement;
import io.policyhub.assignment.Assignments;
import io.policyhub.assignment.InvitationDispatcher;
import io.policyhub.assignment.InvitationOutbox;
import io.policyhub.assignment.Mailer;
import io.policyhub.assignment.OutboundEmails;
import io.policyhub.assignment.PortalLinks;
import io.policyhub.audit.AuditManagement;
import io.policyhub.audit.AuditTrail;
import io.policyhub.client.ClientManagement;
import io.policyhub.client.Clients;
import io.policyhub.evidence.EvidenceBundles;
import io.policyhub.evidence.KeyEncryptionKey;
import io.policyhub.evidence.ReceiptManagement;
import io.policyhub.evidence.ReceiptSignatures;
import io.policyhub.evidence.ReceiptSigningKeys;
import io.policyhub.policy.DerivedPolicyManagement;
import io.policyhub.policy.Policies;
import io.policyhub.policy.PolicyDocumentManagement;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.practice.AccessHistory;
import io.policyhub.practice.PracticeAccessManagement;
import io.policyhub.practice.PracticeDirectory;
import io.policyhub.practice.PracticeLogoManagement;
import io.policyhub.practice.PracticeLogos;
import io.policyhub.practice.PracticeManagement;
import io.policyhub.practice.PracticeMemberships;
import io.policyhub.practice.Practices;
import io.policyhub.practice.StaffSessionCutoffs;
import io.policyhub.shared.DomainEvents;
import io.policyhub.template.TemplateManagement;
import io.policyhub.template.Templates;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the framework-free domain services from the adapters that implement their ports. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AuditManagement auditManagement(AuditTrail trail) {
        return new AuditManagement(trail);
    }

    @Bean
    PracticeManagement practiceManagement(Practices practices, PracticeDirectory directory, Clock clock) {
        return new PracticeManagement(practices, directory, clock);
    }

    @Bean
    PracticeMemberships practiceMemberships(Practices practices) {
        return new PracticeMemberships(practices);
    }

    @Bean
    PracticeAccessManagement practiceAccessManagement(
            Practices practices,
            PracticeDirectory directory,
            AccessHistory history,
            StaffSessionCutoffs sessionCutoffs,
            Clock clock) {
        return new PracticeAccessManagement(practices, directory, history, sessionCutoffs, clock);
    }

    @Bean
    PolicyManagement policyManagement(Policies policies, DomainEvents events, Clock clock) {
        return new PolicyManagement(policies, events, clock);
    }

    @Bean
    TemplateManagement templateManagement(Templates templates, Clock clock) {
        return new TemplateManagement(templates, clock);
    }

    @Bean
    DerivedPolicyManagement derivedPolicyManagement(
            Policies policies, TemplateManagement templateManagement, Clock clock) {
        return new DerivedPolicyManagement(policies, templateManagement, clock);
    }

    @Bean
    PolicyDocumentManagement policyDocumentManagement(Policies policies, Practices practices, Clock clock) {
        return new PolicyDocumentManagement(policies, practices, clock);
    }

    @Bean
    ClientManagement clientManagement(Clients clients, Clock clock) {
        return new ClientManagement(clients, clock);
    }

    @Bean
    AssignmentManagement assignmentManagement(
            Assignments assignments,
            PortalLinks links,
            OutboundEmails outbox,
            Policies policies,
            Clients clients,
            Clock clock,
            @Value("${policyhub.portal.link-validity:P30D}") Duration linkValidity) {
        return new AssignmentManagement(assignments, links, outbox, policies, clients, clock, linkValidity);
    }

    @Bean
    InvitationOutbox invitationOutbox(
            OutboundEmails outbox,
            PortalLinks links,
            Assignments assignments,
            Clients clients,
            Policies policies,
            Practices practices,
            Clock clock,
            @Value("${policyhub.portal.link-validity:P30D}") Duration linkValidity,
            @Value("${policyhub.portal.base-url}") String portalBaseUrl) {
        return new InvitationOutbox(
                outbox, links, assignments, clients, policies, practices, clock, linkValidity, portalBaseUrl);
    }

    @Bean
    InvitationDispatcher invitationDispatcher(InvitationOutbox outbox, Mailer mailer) {
        return new InvitationDispatcher(outbox, mailer);
    }

    @Bean
    PortalAcknowledgement portalAcknowledgement(
            PortalLinkStates linkStates,
            Policies policies,
            Practices practices,
            Acknowledgements acknowledgements,
            DomainEvents events,
            Clock clock) {
        return new PortalAcknowledgement(linkStates, policies, practices, acknowledgements, events, clock);
    }

    @Bean
    PortalTokens portalTokens(PortalLinks links) {
        return new PortalTokens(links);
    }

    @Bean
    PracticeLogoManagement practiceLogoManagement(Practices practices, PracticeLogos logos) {
        return new PracticeLogoManagement(practices, logos);
    }

    @Bean
    ReceiptManagement receiptManagement(
            Acknowledgements acknowledgements,
            Policies policies,
            Practices practices,
            ReceiptSigningKeys keys,
            ReceiptSignatures signatures,
            KeyEncryptionKey keyEncryptionKey,
            Clock clock) {
        return new ReceiptManagement(acknowledgements, policies, practices, keys, signatures, keyEncryptionKey, clock);
    }

    @Bean
    EvidenceBundles evidenceBundles(
            Acknowledgements acknowledgements,
            AuditTrail audit,
            ReceiptManagement receipts,
            ClientManagement clients,
            PolicyManagement policies,
            PracticeManagement practices,
            PolicyDocumentManagement documents) {
        return new EvidenceBundles(acknowledgements, audit, receipts, clients, policies, practices, documents);
    }

    @Bean
    AcknowledgementManagement acknowledgementManagement(
            Acknowledgements acknowledgements,
            ComplianceQueries compliance,
            Policies policies,
            Clients clients,
            Assignments assignments,
            PolicyManagement policyManagement,
            ClientManagement clientManagement,
            DomainEvents events,
            Clock clock) {
        return new AcknowledgementManagement(
                acknowledgements,
                compliance,
                policies,
                clients,
                assignments,
                policyManagement,
                clientManagement,
                events,
                clock);
    }

    @Bean
    ProgressManagement progressManagement(ClientProgressQueries queries, Policies policies) {
        return new ProgressManagement(queries, policies);
    }
}

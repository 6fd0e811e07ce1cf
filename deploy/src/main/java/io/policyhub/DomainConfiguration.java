package io.policyhub;

import io.policyhub.acknowledgement.AcknowledgementManagement;
import io.policyhub.acknowledgement.Acknowledgements;
import io.policyhub.acknowledgement.ComplianceQueries;
import io.policyhub.acknowledgement.PortalAcknowledgement;
import io.policyhub.assignment.AssignmentManagement;
import io.policyhub.assignment.Assignments;
import io.policyhub.assignment.PortalLinks;
import io.policyhub.client.ClientManagement;
import io.policyhub.client.Clients;
import io.policyhub.policy.Policies;
import io.policyhub.policy.PolicyDocumentManagement;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.practice.PracticeManagement;
import io.policyhub.practice.Practices;
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
    PracticeManagement practiceManagement(Practices practices, Clock clock) {
        return new PracticeManagement(practices, clock);
    }

    @Bean
    PolicyManagement policyManagement(Policies policies, Clock clock) {
        return new PolicyManagement(policies, clock);
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
            Policies policies,
            Clients clients,
            Clock clock,
            @Value("${policyhub.portal.link-validity:P30D}") Duration linkValidity) {
        return new AssignmentManagement(assignments, links, policies, clients, clock, linkValidity);
    }

    @Bean
    PortalAcknowledgement portalAcknowledgement(
            PortalLinks links,
            Policies policies,
            Clients clients,
            Practices practices,
            Acknowledgements acknowledgements,
            Clock clock) {
        return new PortalAcknowledgement(links, policies, clients, practices, acknowledgements, clock);
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
            Clock clock) {
        return new AcknowledgementManagement(
                acknowledgements,
                compliance,
                policies,
                clients,
                assignments,
                policyManagement,
                clientManagement,
                clock);
    }
}

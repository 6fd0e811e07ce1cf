package io.policyhub;

import io.policyhub.acknowledgement.AcknowledgementManagement;
import io.policyhub.acknowledgement.PortalAcknowledgement;
import io.policyhub.acknowledgement.ProgressManagement;
import io.policyhub.assignment.AssignmentManagement;
import io.policyhub.assignment.InvitationOutbox;
import io.policyhub.audit.AuditManagement;
import io.policyhub.client.ClientManagement;
import io.policyhub.evidence.EvidenceBundles;
import io.policyhub.evidence.ReceiptManagement;
import io.policyhub.policy.DerivedPolicyManagement;
import io.policyhub.policy.PolicyDocumentManagement;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.practice.PracticeAccessManagement;
import io.policyhub.practice.PracticeLogoManagement;
import io.policyhub.practice.PracticeManagement;
import io.policyhub.template.TemplateManagement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Every public method of a domain service is one transaction. The domain cannot say so itself (it knows no
 * Spring), so the composition root applies it here, to an explicit list of services. {@code PortalTokens} and
 * {@code PracticeMemberships} are left out on purpose: each is a single read that needs no transaction, on the
 * hot path of every portal or API request. So is {@code InvitationDispatcher}: it talks to SMTP between the
 * transactions of its {@code InvitationOutbox}.
 */
@Configuration(proxyBeanMethods = false)
class DomainTransactions {

    private static final Set<Class<?>> SERVICES = Set.of(
            PracticeManagement.class,
            PracticeAccessManagement.class,
            PolicyManagement.class,
            TemplateManagement.class,
            DerivedPolicyManagement.class,
            PolicyDocumentManagement.class,
            ClientManagement.class,
            AssignmentManagement.class,
            PortalAcknowledgement.class,
            AcknowledgementManagement.class,
            ProgressManagement.class,
            AuditManagement.class,
            InvitationOutbox.class,
            ReceiptManagement.class,
            EvidenceBundles.class,
            PracticeLogoManagement.class);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static TransactionInterceptor domainTransactionInterceptor() {
        var interceptor = new TransactionInterceptor();
        interceptor.setTransactionAttributeSource(new MatchAlwaysTransactionAttributeSource());
        return interceptor;
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor domainServiceTransactions(TransactionInterceptor domainTransactionInterceptor) {
        return new DefaultPointcutAdvisor(new DomainServicePointcut(), domainTransactionInterceptor);
    }

    private static final class DomainServicePointcut extends StaticMethodMatcherPointcut {

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return SERVICES.contains(targetClass) && Modifier.isPublic(method.getModifiers());
        }
    }
}

package io.policyhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.policyhub.admin.ForAdmins;
import io.policyhub.admin.ForEditors;
import io.policyhub.admin.ForStaff;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.PostMapping;

/** The module rules of ../shared/STYLE.md, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "io.policyhub.shared",
        "io.policyhub.practice",
        "io.policyhub.policy",
        "io.policyhub.template",
        "io.policyhub.client",
        "io.policyhub.assignment",
        "io.policyhub.acknowledgement",
        "io.policyhub.audit",
        "io.policyhub.evidence"
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.policyhub");
    }

    @Test
    void theDomainUsesNoFramework() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta..",
                        "org.hibernate..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNoAdapter() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..persistence..", "..api..", "..admin..", "io.policyhub.local..")
                .check(classes);
    }

    @Test
    void theApiNeverTouchesPersistence() {
        noClasses()
                .that()
                .resideInAPackage("..api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..persistence..")
                .check(classes);
    }

    @Test
    void persistenceNeverTouchesTheApi() {
        noClasses()
                .that()
                .resideInAPackage("..persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..api..", "..admin..")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootKnowsTheLocalStandIns() {
        noClasses()
                .that()
                .resideInAnyPackage("..api..", "..persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.policyhub.local..")
                .check(classes);
    }

    @Test
    void theAdminPagesUseTheDomainNeverTheApi() {
        noClasses()
                .that()
                .resideInAPackage("..admin..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..api..", "..persistence..", "io.policyhub.local..")
                .check(classes);
    }

    @Test
    void everyAdminHandlerThatChangesSomethingNamesTheRoleItNeeds() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("..admin..")
                .and()
                .areAnnotatedWith(PostMapping.class)
                .should()
                .beAnnotatedWith(ForStaff.class)
                .orShould()
                .beAnnotatedWith(ForEditors.class)
                .orShould()
                .beAnnotatedWith(ForAdmins.class)
                .check(classes);
    }

    @Test
    void entitiesNeverLeavePersistence() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .notBePublic()
                .andShould()
                .resideInAPackage("..persistence..")
                .check(classes);
    }
}

package io.policyhub;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code migrate} command: runs the Liquibase migrations as the schema owner, then exits (0 on success).
 * A deployment runs it once per release (a Kubernetes Job) and starts its application nodes with
 * {@code POLICYHUB_DB_MIGRATE_ON_START=false}, so no node needs the owner's credentials and no rollout has
 * every pod queueing for the migration lock. It starts nothing but Liquibase: no web server, JPA or scheduler.
 * (An application of its own rather than a configuration class, so the main application's scan never finds it.)
 */
final class DatabaseMigration extends SpringApplication {

    static final String COMMAND = "migrate";

    DatabaseMigration() {
        super(LiquibaseAutoConfiguration.class);
        setWebApplicationType(WebApplicationType.NONE);
        setBannerMode(Banner.Mode.OFF);
    }

    static boolean requested(String... args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** Migrates, then closes what it opened; a failed migration throws, so the process exits non-zero. */
    static int migrate(String... args) {
        // On the command line, so it outranks POLICYHUB_DB_MIGRATE_ON_START=false shared with the nodes' settings.
        String[] arguments = Stream.concat(Arrays.stream(args), Stream.of("--spring.liquibase.enabled=true"))
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new DatabaseMigration().run(arguments);
        return SpringApplication.exit(context);
    }
}

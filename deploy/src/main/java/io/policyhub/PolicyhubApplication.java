package io.policyhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable Policyhub application: the composition root of every module. With {@code migrate} as its first
 * argument it only migrates the database and exits (see {@link DatabaseMigration}).
 */
@SpringBootApplication
public class PolicyhubApplication {

    public static void main(String[] args) {
        if (DatabaseMigration.requested(args)) {
            System.exit(DatabaseMigration.migrate(args));
        }
        SpringApplication.run(PolicyhubApplication.class, args);
    }
}

package io.policyhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The runnable Policyhub application: the composition root of every module. */
@SpringBootApplication
public class PolicyhubApplication {

    public static void main(String[] args) {
        SpringApplication.run(PolicyhubApplication.class, args);
    }
}

package io.policyhub;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns missing production settings into a readable start-up report instead of a stack trace. */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<RequiredSettings.MissingSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RequiredSettings.MissingSettings cause) {
        String description = "Policyhub needs these environment variables, which are not set:\n"
                + cause.names().stream()
                        .map(name -> "    " + name + ": " + RequiredSettings.REQUIRED.get(name))
                        .collect(Collectors.joining("\n"));
        String action = "Set them (see deploy/README.md), or start the local run with embedded PostgreSQL and the"
                + " development issuer: ./mvnw -DskipTests package spring-boot:run";
        return new FailureAnalysis(description, action, cause);
    }
}

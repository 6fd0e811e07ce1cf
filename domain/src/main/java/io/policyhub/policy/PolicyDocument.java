package io.policyhub.policy;

import io.policyhub.shared.Text;
import java.util.Objects;

/** A published version together with what a printed or shared copy of it must say about where it came from. */
public record PolicyDocument(String practiceName, PolicyVersion version) {

    public PolicyDocument {
        practiceName = Text.required("practiceName", practiceName, 200);
        Objects.requireNonNull(version, "version");
    }
}

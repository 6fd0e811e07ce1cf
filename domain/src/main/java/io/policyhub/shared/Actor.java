package io.policyhub.shared;

/** Who did something: a staff user, an integrator client or a portal client, by a stable identifier. */
public record Actor(String id) {

    public Actor {
        id = Text.required("actor", id, 255);
    }
}

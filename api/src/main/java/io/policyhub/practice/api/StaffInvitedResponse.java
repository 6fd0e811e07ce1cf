package io.policyhub.practice.api;

import io.policyhub.practice.StaffInvited;

/** @param newAccount true when an account was created and an invitation e-mailed; false when theirs joined */
record StaffInvitedResponse(String email, String role, boolean newAccount) {

    static StaffInvitedResponse of(StaffInvited invited) {
        return new StaffInvitedResponse(invited.email(), invited.role().roleName(), invited.newAccount());
    }
}

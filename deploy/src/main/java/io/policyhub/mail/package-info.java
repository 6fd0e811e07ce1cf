/** E-mail delivery: the transports behind the domain's Mailer port, and the outbox dispatcher. */
@NullMarked
package io.policyhub.mail;

import org.jspecify.annotations.NullMarked;

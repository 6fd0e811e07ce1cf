package io.policyhub.assignment;

import org.jspecify.annotations.Nullable;

/**
 * A composed e-mail, ready for any transport.
 *
 * @param senderName shown as the sender: the practice's name
 * @param replyTo the practice's contact address, if it has one
 */
public record Email(String senderName, @Nullable String replyTo, String to, String subject, String text, String html) {}

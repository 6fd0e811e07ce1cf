package io.policyhub.practice;

import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.Text;

/**
 * The name a practice's e-mails to clients come from, when it should not simply be the practice's name (say
 * "Dr Jo Park at Aurora"). One line of words: no line breaks or control characters, which could forge mail
 * headers, and no {@code @}, {@code <} or {@code >}, so it can never pose as an e-mail address in an inbox.
 */
public record SenderName(String value) {

    public static final int MAX_LENGTH = 100;

    public SenderName {
        value = Text.required("emailSenderName", value, MAX_LENGTH);
        if (value.chars().anyMatch(SenderName::unfit)) {
            throw InvalidInput.of("emailSenderName", "must be a name, not an address: no @, < or >, and on one line");
        }
    }

    /** Line breaks of any kind, control characters, and what would make the name look like an address. */
    private static boolean unfit(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c)
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || c == '@'
                || c == '<'
                || c == '>';
    }

    @Override
    public String toString() {
        return value;
    }
}

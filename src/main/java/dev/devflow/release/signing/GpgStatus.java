package dev.devflow.release.signing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What gpg wrote on its error stream when run with {@code --status-fd=2}, as git runs it: status
 * lines ({@code [GNUPG:] KEYWORD arguments}), written for programs and never translated, among
 * its messages for people, which are. The status lines decide what happened; the messages are
 * what the user is shown.
 */
record GpgStatus(List<String> status, List<String> messages) {

    private static final String PREFIX = "[GNUPG:] ";

    /** Error codes (libgpg-error, the low 16 bits of a FAILURE code) that say no passphrase or PIN was to be had. */
    private static final Set<Integer> NO_PASSPHRASE = Set.of(
            11, // GPG_ERR_BAD_PASSPHRASE
            85, // GPG_ERR_NO_PIN_ENTRY: --pinentry-mode error, and the passphrase is not cached
            99, // GPG_ERR_CANCELED: a pinentry was cancelled
            32870); // GPG_ERR_ENOTTY: a terminal pinentry, without a terminal
    private static final int CODE_BITS = 0xFFFF;

    /** Status lines without their prefix; messages once each (gpg repeats "signing failed"). */
    static GpgStatus of(String errors) {
        List<String> status = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        errors.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            if (line.startsWith(PREFIX)) {
                status.add(line.substring(PREFIX.length()));
            } else if (!messages.contains(line)) {
                messages.add(line);
            }
        });
        return new GpgStatus(List.copyOf(status), List.copyOf(messages));
    }

    /** Whether gpg made the signature: git's test, a SIG_CREATED status line. */
    boolean signed() {
        return status.stream().anyMatch(line -> line.startsWith("SIG_CREATED "));
    }

    /** Why gpg did not sign. INV_SGNR: it has no usable secret key by the name it was given. */
    GpgSigningException.Reason refusal() {
        if (status.stream().anyMatch(line -> line.startsWith("INV_SGNR "))) {
            return GpgSigningException.Reason.UNUSABLE_KEY;
        }
        if (failureCodes().anyMatch(NO_PASSPHRASE::contains)) {
            return GpgSigningException.Reason.PASSPHRASE_NEEDED;
        }
        return GpgSigningException.Reason.FAILED;
    }

    /** The codes of "FAILURE location code" and "ERROR location code" lines. */
    private IntStream failureCodes() {
        return status.stream().filter(line -> line.startsWith("FAILURE ") || line.startsWith("ERROR "))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1)).filter(code -> code.matches("\\d+"))
                .mapToInt(code -> (int) (Long.parseLong(code) & CODE_BITS));
    }

    /** gpg's messages for people, on one line. */
    String said() {
        return messages.isEmpty() ? "(no gpg output)" : String.join("; ", messages);
    }
}

package dev.devflow.release;

import dev.devflow.gate.GateInputException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code bumps} parameter: which changelog change type moves the version how far
 * ({@code Changed=major,Security=minor}), beside the defaults the version chooser knows.
 */
public final class BumpMapping {

    private BumpMapping() {
    }

    /**
     * @param text {@code Type=major|minor|patch} pairs, comma-separated; null or blank for none
     * @throws GateInputException naming the pair that is not one
     */
    public static Map<String, Bump> parse(String text) throws GateInputException {
        Map<String, Bump> mapping = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return mapping;
        }
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=", 2);
            Optional<Bump> bump = parts.length == 2 ? bump(parts[1]) : Optional.empty();
            if (parts[0].isBlank() || bump.isEmpty()) {
                throw GateInputException.ofParameter("bumps", "'" + pair.trim() + "' is not Type=major|minor|patch.",
                        "write it as Changed=major,Security=minor.");
            }
            mapping.put(parts[0].trim(), bump.get());
        }
        return mapping;
    }

    private static Optional<Bump> bump(String word) {
        try {
            return Optional.of(Bump.valueOf(word.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package it.shared.receipt;

import java.util.List;

/** Prints receipts; only the title is tested. */
public class Printer {

    public String title(String shop) {
        return "Receipt of " + shop;
    }

    public String line(String item, long cents) {
        String amount = cents / 100 + "." + cents % 100;
        String padded = item + " ".repeat(Math.max(1, 20 - item.length()));
        return padded + amount;
    }

    public String footer(int items) {
        String plural = items == 1 ? "" : "s";
        return items + " item" + plural;
    }
}

package it.gh;

import java.util.List;

/** A running balance. */
public class Ledger {

    private long balance;

    public long post(long cents) {
        balance += cents;
        return balance;
    }
}

package it.selection;

/** A running balance; not tested, and with a field lint would report. */
public class Ledger {

    private int reserved;

    private long balance;

    public long post(long cents) {
        balance += cents;
        return balance;
    }
}

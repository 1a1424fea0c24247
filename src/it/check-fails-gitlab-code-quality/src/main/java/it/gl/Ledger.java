package it.gl;

/** A running balance. */
public class Ledger {

    private int reserved;

    private long balance;

    public long post(long cents) {
        balance += cents;
        return balance;
    }
}

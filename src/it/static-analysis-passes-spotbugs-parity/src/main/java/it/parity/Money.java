package it.parity;

/** An amount that defines equals without hashCode and decodes bytes in the platform charset. */
public class Money {

    private final long cents;

    public Money(long cents) {
        this.cents = cents;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money m && m.cents == cents;
    }

    public static Money parse(byte[] text) {
        return new Money(Long.parseLong(new String(text)));
    }
}

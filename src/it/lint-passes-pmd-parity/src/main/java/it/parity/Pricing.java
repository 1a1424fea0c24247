package it.parity;

import java.math.BigDecimal;
import java.math.BigInteger;

public class Pricing extends Object {
    private static final String HOST = "10.0.0.1";

    public boolean discounted(boolean member, boolean sale) {
        return member ? true : sale;
    }

    public BigDecimal rate() {
        return new BigDecimal(0.1);
    }

    public BigInteger one() {
        return new BigInteger("1");
    }

    public int mask() {
        return 012;
    }

    public int countdown(int from) {
        int i = from;
        for (; i > 0;) {
            i--;
        }
        return i;
    }

    public void reset() {
        return;
    }

    public String host() {
        return Pricing.this.toString() + HOST;
    }

    public int negate(int value) {
        return - -value;
    }

    public int always(int value) {
        if (true) {
            return value;
        }
        return 0;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}

package it.parity;

/** An enum: JaCoCo filters its synthetic values()/valueOf(), devflow must too. */
public enum Status {
    OPEN, PAID;

    public boolean done() {
        return this == PAID;
    }
}

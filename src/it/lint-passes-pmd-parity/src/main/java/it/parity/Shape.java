package it.parity;

public interface Shape {
    public static final int SIDES = 4;

    public abstract double area();

    default String label() {
        return java.lang.String.valueOf(area());
    };
}

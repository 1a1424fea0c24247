package it.legacy;

public class Orders {

    public int quantity(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
        }
        return 0;
    }
}

package it.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.lang.String;

public class Orders {
    private int neverRead;
    private final List<String> items = new ArrayList<>();

    public int count(String filter) {
        int spare = 42;
        int n = 0;
        for (String item : items) {
            if (item != null) {
                if (item.startsWith(filter)) {
                    n++;
                }
            }
        }
        return (n);
    }

    public boolean parse(String text) {
        try {
            return Integer.parseInt(text) > 0;
        } catch (NumberFormatException e) {
        }
        if (text.isEmpty()) {
        }
        return false;
    }

    private void helper() {
    }

    private int scaled(int value, int factor) {
        return value * 2;
    }

    public int twice(int value) {
        return scaled(value, 3);
    }
}

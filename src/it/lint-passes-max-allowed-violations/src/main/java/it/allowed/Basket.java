package it.allowed;

import java.util.List;

public class Basket {
    public int weight(int items) {
        int spare = items;
        return items * 2;
    }
}

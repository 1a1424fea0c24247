package it.parity;

import java.util.List;

/** Order codes, with a handful of SpotBugs' correctness, bad-practice and performance bugs. */
public class Orders {

    private final String[] codes;

    public Orders(String[] codes) {
        this.codes = codes;
    }

    public String[] codes() {
        return codes;
    }

    public boolean sameCustomer(String a, String b) {
        return a == b;
    }

    public String normalise(String code) {
        code.trim();
        return code;
    }

    public String joined(List<String> parts) {
        String out = "";
        for (String part : parts) {
            out += part;
        }
        return out;
    }

    public int count(List<String> items) {
        if (items == null) {
            System.out.println("no items");
        }
        return items.size();
    }
}

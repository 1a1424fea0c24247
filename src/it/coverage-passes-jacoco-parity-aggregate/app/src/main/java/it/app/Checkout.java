package it.app;

import it.core.Pricing;
import java.util.List;

/** A checkout over core's pricing: a switch, a record and a method nobody calls. */
public class Checkout {

    /** JaCoCo filters a record's generated accessors, equals, hashCode and toString; devflow must too. */
    public record Item(String sku, long cents) {

        public Item {
            if (cents < 0) {
                throw new IllegalArgumentException(sku);
            }
        }
    }

    public long total(List<Item> items, String code) {
        long sum = items.stream().mapToLong(Item::cents).sum();
        return Pricing.discounted(sum, percent(code));
    }

    int percent(String code) {
        switch (code == null ? "" : code) {
            case "WELCOME":
                return 10;
            case "VIP":
            case "STAFF":
                return 25;
            default:
                return 0;
        }
    }

    public List<String> labels(List<Item> items) {
        return Pricing.labels(items.stream().map(Item::cents).toList());
    }

    public String receipt(List<Item> items) {
        return items.size() + " items, " + total(items, null) + " cents";
    }
}

package com.example.shop;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CartTest {

    @Test
    void totalsItsItems() {
        Cart cart = new Cart();
        cart.add(1000);
        cart.add(250);
        assertEquals(2, cart.size());
        assertEquals(1250, cart.total(null));
    }

    @Test
    void rejectsNegativePrices() {
        assertThrows(IllegalArgumentException.class, () -> new Cart().add(-1));
    }
}

package it.tags;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckoutTest {

    @Test
    void empty() {
        assertEquals(0, Checkout.total());
    }

    @Test
    void two() {
        assertEquals(3, Checkout.total(1, 2));
    }

    @Test
    void three() {
        assertEquals(6, Checkout.total(1, 2, 3));
    }

    /** Tagged on the method only: this one test is a smoke test, its neighbours stay unit tests. */
    @Test
    @Tag("smoke")
    void aBasketGoesThrough() {
        assertEquals(10, Checkout.total(10));
    }
}

package it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckoutTest {

    private final Checkout checkout = new Checkout();

    @Test
    void welcomeCode() {
        assertEquals(1800L, checkout.total(List.of(new Checkout.Item("a", 1500L), new Checkout.Item("b", 500L)), "WELCOME"));
        assertEquals(2000L, checkout.total(List.of(new Checkout.Item("a", 2000L)), null));
    }

    @Test
    void vip() {
        assertEquals(750L, checkout.total(List.of(new Checkout.Item("a", 1000L)), "VIP"));
    }

    @Test
    void labelsComeFromCore() {
        assertEquals(List.of("premium", "free"),
                checkout.labels(List.of(new Checkout.Item("a", 20_000L), new Checkout.Item("b", 0L))));
    }

    @Test
    void negativePrice() {
        assertThrows(IllegalArgumentException.class, () -> new Checkout.Item("x", -1L));
    }
}

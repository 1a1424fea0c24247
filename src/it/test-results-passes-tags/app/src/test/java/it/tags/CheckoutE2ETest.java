package it.tags;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** No tag: its name puts it in the e2e layer (classLayers=e2e=*E2ETest in the parent pom). */
class CheckoutE2ETest {

    @Test
    void wholeOrder() {
        assertEquals(100, Checkout.total(40, 60));
    }
}

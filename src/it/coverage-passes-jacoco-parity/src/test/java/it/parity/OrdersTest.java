package it.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrdersTest {

    private final Orders orders = new Orders();

    @Test
    void membersGetTenPercentAboveAThousand() {
        assertEquals(1800L, orders.total(Arrays.asList(1500L, 500L, null, -3L), true));
        assertEquals(200L, orders.total(Arrays.asList(200L), true));
        assertEquals(2000L, orders.total(Arrays.asList(2000L), false));
    }

    @Test
    void tiers() {
        assertEquals("bronze", orders.tier(50));
        assertEquals("silver", orders.tier(150));
        assertEquals("gold", orders.tier(500));
    }

    @Test
    void paidIsDone() {
        assertTrue(Status.PAID.done());
    }
}

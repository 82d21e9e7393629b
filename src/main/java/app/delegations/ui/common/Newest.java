package app.delegations.ui.common;

import java.util.concurrent.atomic.AtomicLong;

/**
 * "Newest wins" for work that may be overtaken: each {@link #next()} makes a ticket, and only the ticket of the
 * most recent call is {@linkplain Ticket#current() current}; work holding an older ticket drops its result.
 * {@link #cancel()} makes every ticket given so far stale. Safe to use from any thread.
 */
public final class Newest {
    private final AtomicLong latest = new AtomicLong();

    /** A new ticket; every ticket given before it stops being current. */
    public Ticket next() {
        return new Ticket(latest.incrementAndGet());
    }

    /** Makes every ticket given so far stale. */
    public void cancel() {
        latest.incrementAndGet();
    }

    /** One piece of work's claim to be the newest. */
    public final class Ticket {
        private final long number;

        private Ticket(long number) {
            this.number = number;
        }

        /** True while no newer ticket was made and nothing was cancelled since this one. */
        public boolean current() {
            return number == latest.get();
        }
    }
}

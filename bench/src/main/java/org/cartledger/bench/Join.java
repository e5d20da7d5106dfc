package org.cartledger.bench;

import java.util.List;

/** Waits for the client threads of a measurement. */
final class Join {

    private Join() {
    }

    static void all(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                threads.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}

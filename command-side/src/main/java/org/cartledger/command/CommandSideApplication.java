package org.cartledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The command side on its own, for the scale-out deployment (profile {@code axonserver}): commands
 * in over HTTP, events out to Axon Server. The embedded default runs it inside the ledger-launcher
 * launcher instead.
 */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}

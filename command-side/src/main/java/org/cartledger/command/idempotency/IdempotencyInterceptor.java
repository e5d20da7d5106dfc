package org.cartledger.command.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Where the events are in this process's PostgreSQL, writes a keyed command's Idempotency-Key before
 * the aggregate sees the command, in the unit of work's transaction, which also appends the event:
 * both are stored, or neither (see {@link IdempotencyKeys} for the other event stores). Claiming the key
 * first means a second request with it waits for the first; if the first one recorded this very entry,
 * the second goes on to the trainee's record, which answers it with that entry (or refuses it as another
 * request under the same key); if the key recorded another entry (another trainee), it is refused here.
 * A sender that reads no key table (the web app, sending through the command bus) relies on that.
 */
@Component
public class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final IdempotencyKeys keys;

    public IdempotencyInterceptor(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        MetaData metaData = unitOfWork.getMessage().getMetaData();
        if (metaData.containsKey(KeyedRequest.KEY) && !keys.claim(metaData) && !keys.claimedForTheSameEntry(metaData)) {
            throw new IdempotencyKeys.KeyTaken();
        }
        return chain.proceed();
    }
}

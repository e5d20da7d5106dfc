package org.cartledger.command.refusal;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.problem.Refusal;
import org.springframework.stereotype.Component;

/**
 * Turns a broken rule (a {@link Refusal} thrown in the aggregate) into a {@link CommandExecutionException} that carries a
 * {@link org.cartledger.api.recording.CommandRefusal}: the one form of error that reaches the
 * sender intact whether the command was handled here or on another node through Axon Server.
 */
@Component
public class RefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (Refusal refusal) {
            throw crossingTheBus(refusal);
        } catch (AggregateNotFoundException notFound) {
            throw crossingTheBus(RuleViolation.unknownTrainee(new TraineeId(String.valueOf(notFound.getAggregateIdentifier()))));
        }
    }

    private static CommandExecutionException crossingTheBus(Refusal refusal) {
        return new CommandExecutionException(refusal.getMessage(), null, refusal.toCommandRefusal());
    }
}

package org.cartledger.command.people;

/**
 * Who signs an entry off, as the entry records it.
 *
 * @param signer     the faculty member named in the entry's signer field (signedOffBy, supervisorId, ...)
 * @param onBehalfOf the same person when the entry was recorded on their behalf by someone else; null when
 *                   the recorder signs it themself
 */
public record Signature(String signer, String onBehalfOf) {
}

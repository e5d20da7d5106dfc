package org.cartledger.api.catalog;

/**
 * One value a request field of a fixed set accepts, for a form to offer.
 *
 * @param code    what the request sends and the event stores, exactly (no other case, no index)
 * @param label   how people read it, in English
 * @param labelZh how people read it, in Simplified Chinese
 */
public record Choice(String code, String label, String labelZh) {
}

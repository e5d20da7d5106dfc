package org.cartledger.api.enrollment;

/** Why a program runs outside the usual 2 weeks to 6 months, and who approved it. */
public record LengthApproval(String reason, String approvedBy) {
}

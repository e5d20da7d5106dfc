package org.cartledger.api.enrollment;

/**
 * Why a program is completed although the program's requirements for completion are not all met
 * (two weeks in the program, a committee review on record), and who approved it.
 */
public record CompletionWaiver(String reason, String approvedBy) {
}

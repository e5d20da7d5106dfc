package org.cartledger.api.dashboard;

public record AttendanceTally(String activityType, String name, int attended, int casesPresented) {
}

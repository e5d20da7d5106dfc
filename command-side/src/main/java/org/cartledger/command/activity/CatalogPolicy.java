package org.cartledger.command.activity;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cartledger.api.catalog.ActivityType;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.command.refusal.RuleViolation;
import org.cartledger.http.problem.Refusal;

/** Only what is in the program's catalog can be attended, performed or signed off. */
public final class CatalogPolicy {

    private CatalogPolicy() {
    }

    public static ActivityType activityType(String code) {
        return TrainingCatalog.activityType(code).orElseThrow(() -> notInCatalog("activityType", code,
                TrainingCatalog.activityTypes(), ActivityType::code));
    }

    public static CatalogItem procedure(String code) {
        return TrainingCatalog.procedure(code).orElseThrow(() -> notInCatalog("procedure", code,
                TrainingCatalog.procedures(), CatalogItem::code));
    }

    public static CatalogItem skill(String code) {
        return TrainingCatalog.skill(code).orElseThrow(() -> notInCatalog("skill", code,
                TrainingCatalog.skills(), CatalogItem::code));
    }

    private static <T> Refusal notInCatalog(String field, String code, List<T> known, Function<T, String> codeOf) {
        return RuleViolation.unacceptable("not-in-catalog",
                field + " '" + code + "' is not in the program's catalog. Known: "
                        + known.stream().map(codeOf).collect(Collectors.joining(", ")) + ".");
    }
}

package org.cartledger.query.catalog;

import java.util.List;
import java.util.Map;
import org.cartledger.api.catalog.ActivityType;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.Choice;
import org.cartledger.api.catalog.Choices;
import org.cartledger.api.catalog.TrainingCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The program's vocabulary, for forms that offer only what the ledger accepts. */
@RestController
public class CatalogController {

    /** @param choices every fixed set of values a request may carry (tracks, supervision levels, ...), with labels */
    public record CatalogView(List<ActivityType> activityTypes, List<CatalogItem> procedures, List<CatalogItem> skills,
                              List<CatalogItem> competencies, int lowestMilestoneLevel, int highestMilestoneLevel,
                              Map<String, List<Choice>> choices) {
    }

    @GetMapping("/api/catalog")
    public CatalogView catalog() {
        return new CatalogView(TrainingCatalog.activityTypes(), TrainingCatalog.procedures(), TrainingCatalog.skills(),
                TrainingCatalog.competencies(), TrainingCatalog.LOWEST_MILESTONE_LEVEL, TrainingCatalog.HIGHEST_MILESTONE_LEVEL,
                Choices.all());
    }
}

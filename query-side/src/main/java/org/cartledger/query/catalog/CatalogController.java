package org.cartledger.query.catalog;

import java.util.List;
import org.cartledger.api.catalog.ActivityType;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The program's vocabulary, for forms that offer only what the ledger accepts. */
@RestController
public class CatalogController {

    public record CatalogView(List<ActivityType> activityTypes, List<CatalogItem> procedures, List<CatalogItem> skills,
                              List<CatalogItem> competencies, int lowestMilestoneLevel, int highestMilestoneLevel) {
    }

    @GetMapping("/api/catalog")
    public CatalogView catalog() {
        return new CatalogView(TrainingCatalog.activityTypes(), TrainingCatalog.procedures(), TrainingCatalog.skills(),
                TrainingCatalog.competencies(), TrainingCatalog.LOWEST_MILESTONE_LEVEL, TrainingCatalog.HIGHEST_MILESTONE_LEVEL);
    }
}

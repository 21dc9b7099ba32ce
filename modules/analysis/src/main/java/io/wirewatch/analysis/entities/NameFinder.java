package io.wirewatch.analysis.entities;

import io.wirewatch.model.EntityMention;
import java.util.List;

/**
 * Finds the names nobody configured, given what the gazetteer already found: a text and the
 * gazetteer's mentions of it in, the names found out (they may overlap the known ones;
 * {@link NewsEntityTagger} settles that). Passing the known mentions in spares a second gazetteer
 * pass over the article.
 */
public interface NameFinder extends EntityTagger {

    /** {@code known}: gazetteer mentions of {@code text}, in order of position. */
    List<EntityMention> find(String text, List<EntityMention> known);
}

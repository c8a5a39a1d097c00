package org.xinfangflow.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

/** The eight figures of DOMAIN.md §6, in the order of the API (API.md, {@code figures}). */
record FigureSet(Figure timelyAcceptance, Figure onTimeCompletion, Figure satisfaction, Figure participation,
    Figure repeatRate, Figure firstTimeResolution, Figure routingRate, Figure sponsoredResolution) {

  /** By their API names. */
  Map<String, Figure> byName() {
    Map<String, Figure> figures = new LinkedHashMap<>();
    figures.put("timelyAcceptance", timelyAcceptance);
    figures.put("onTimeCompletion", onTimeCompletion);
    figures.put("satisfaction", satisfaction);
    figures.put("participation", participation);
    figures.put("repeatRate", repeatRate);
    figures.put("firstTimeResolution", firstTimeResolution);
    figures.put("routingRate", routingRate);
    figures.put("sponsoredResolution", sponsoredResolution);
    return figures;
  }
}

package org.xinfangflow.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

/** The eight figures of DOMAIN.md §6, in the order of the API (API.md, {@code figures}) and of {@link ReportFigure}. */
record FigureSet(Figure timelyAcceptance, Figure onTimeCompletion, Figure satisfaction, Figure participation,
    Figure repeatRate, Figure firstTimeResolution, Figure routingRate, Figure sponsoredResolution) {

  /** From the figures in the order of {@link ReportFigure}. */
  static FigureSet of(Figure... f) {
    return new FigureSet(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
  }

  Figure get(ReportFigure figure) {
    return switch (figure) {
      case TIMELY_ACCEPTANCE -> timelyAcceptance;
      case ON_TIME_COMPLETION -> onTimeCompletion;
      case SATISFACTION -> satisfaction;
      case PARTICIPATION -> participation;
      case REPEAT_RATE -> repeatRate;
      case FIRST_TIME_RESOLUTION -> firstTimeResolution;
      case ROUTING_RATE -> routingRate;
      case SPONSORED_RESOLUTION -> sponsoredResolution;
    };
  }

  /** By their API names. */
  Map<String, Figure> byName() {
    Map<String, Figure> figures = new LinkedHashMap<>();
    for (ReportFigure figure : ReportFigure.values()) {
      figures.put(figure.key(), get(figure));
    }
    return figures;
  }
}

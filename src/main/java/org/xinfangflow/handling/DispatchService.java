package org.xinfangflow.handling;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DataScope;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.Classification;
import org.xinfangflow.petition.ClockStep;
import org.xinfangflow.petition.PetitionService;
import org.xinfangflow.shared.ApiProblem;
import org.xinfangflow.workflow.DeadlineClocks;
import org.xinfangflow.workflow.DispatchRoutes;
import org.xinfangflow.workflow.EngineAccess;
import org.xinfangflow.workflow.LifecycleSteps;
import org.xinfangflow.workflow.Step;

/** 依法分类处理 (Art. 22, 29-31): checks the route against the decision table, then moves the matter on. */
@Service
class DispatchService {

  private final UnitAccess access;
  private final DispatchRoutes routes;
  private final LifecycleSteps steps;
  private final DeadlineClocks clocks;
  private final PetitionService petitions;
  private final UserDirectory directory;
  private final DataScope scope;
  private final java.time.Clock clock;

  private final EngineAccess engineAccess;

  DispatchService(UnitAccess access, DispatchRoutes routes, LifecycleSteps steps, DeadlineClocks clocks,
      PetitionService petitions, UserDirectory directory, DataScope scope, EngineAccess engineAccess,
      java.time.Clock clock) {
    this.engineAccess = engineAccess;
    this.access = access;
    this.routes = routes;
    this.steps = steps;
    this.clocks = clocks;
    this.petitions = petitions;
    this.directory = directory;
    this.scope = scope;
    this.clock = clock;
  }

  @Transactional
  public void dispatch(String number, DispatchRequest request) {
    var acting = access.bureau(number);
    steps.requireOpen(number, Step.DISPOSE);
    DispatchRoutes.RouteDecision route = routes.decide(request.classification(), request.action());
    if (!route.allowed()) {
      throw ApiProblem.refused(route.article(), "action", route.reason());
    }
    checkAccusation(request);
    boolean toUnit = "HANDLE".equals(route.route());
    if (toUnit && (request.unit() == null || !directory.unitExists(request.unit()))) {
      throw ApiProblem.badInput("unit", "unit: 转送、交办须指定系统中存在的责任单位");
    }
    boolean accusation = request.classification() == Classification.ACCUSATION;
    Set<String> accusedPersons = accusation ? request.accusedPersonSet() : Set.of();
    petitions.recordDispatch(number, request.classification(), request.action(), request.unit(),
        accusation ? request.accusedUnit() : null, accusedPersons);
    clocks.meet(number, ClockStep.DISPOSE, clock.instant());
    petitions.record(number, acting.user().username(), "依法分类处理",
        "%s / %s%s：%s（%s）%s".formatted(request.classification(), request.action(),
            request.unit() == null ? "" : " → " + directory.unitName(request.unit()).orElse(request.unit()),
            route.reason(), route.article(), request.note() == null ? "" : "；" + request.note()));
    Map<String, Object> variables = new HashMap<>();
    variables.put("route", route.route());
    variables.put("classification", request.classification().name());
    variables.put("unit", request.unit() == null ? "" : request.unit());
    variables.put("dispatchedOn", clocks.today().toString());
    engineAccess.handledBy(number, request.unit());
    engineAccess.hiddenFrom(number, accusedPersons);
    steps.complete(number, Step.DISPOSE, variables);
  }

  /**
   * Art. 30: an accusation never goes to the accused unit, nor to a unit under it, nor to an accused
   * person's own unit (nor, when they are a unit's staff, to a unit under theirs, which they oversee).
   */
  private void checkAccusation(DispatchRequest request) {
    if (request.accusedUnit() != null && !directory.unitExists(request.accusedUnit())) {
      throw ApiProblem.badInput("accusedUnit", "accusedUnit: 单位 " + request.accusedUnit() + " 不存在");
    }
    List<CurrentUser> persons = new ArrayList<>();
    for (String person : request.accusedPersonSet()) {
      persons.add(directory.find(person).orElseThrow(() ->
          ApiProblem.badInput("accusedPersons", "accusedPersons: 用户 " + person + " 不存在")));
    }
    if (request.classification() != Classification.ACCUSATION || request.unit() == null) {
      return;
    }
    if (request.accusedUnit() != null && scope.isWithin(request.unit(), request.accusedUnit())) {
      throw ApiProblem.refused("《信访工作条例》第三十条", "unit", "检举控告不得转送、交办给被检举控告的单位或其下属单位");
    }
    for (CurrentUser person : persons) {
      if (scope.wouldReach(person, request.unit())) {
        throw ApiProblem.refused("《信访工作条例》第三十条", "unit", "检举控告不得转送、交办给被检举控告人所在单位或其下属单位");
      }
    }
  }
}

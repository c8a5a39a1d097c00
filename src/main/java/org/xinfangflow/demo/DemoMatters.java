package org.xinfangflow.demo;

import static org.xinfangflow.demo.DemoData.petitioner;
import static org.xinfangflow.demo.DemoData.post;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.client.RestClient;

/** The sample matters, each left at a different step of its lifecycle. */
class DemoMatters {

  private final RestClient api;
  private final OffsetDateTime now;
  private int count;

  DemoMatters(RestClient api, OffsetDateTime now) {
    this.api = api;
    this.now = now;
  }

  int count() {
    return count;
  }

  void seed() {
    register("小区电梯长期停运，请求督促维修", "某小区3号楼电梯停运两个月，物业未维修。", "住房保障", now.minusHours(2),
        petitioner("张三", "11010519491231002X", "13800138000", "北京市东城区某小区3号楼"));

    String dispatched = register("拖欠农民工工资", "某工地拖欠工资三个月，请求协调解决。", "劳动保障", now.minusDays(5),
        petitioner("李四", "110101199003070070", "13900139000", "北京市东城区某街道"));
    dispatch(dispatched, "CLAIM", "ASSIGN", "U-HOUSING");

    String handling = register("公租房分配不公", "认为公租房摇号结果不公平，请求复查。", "住房保障", now.minusDays(20),
        petitioner("王五", "110101198507070010", "13700137000", "北京市东城区某社区"));
    dispatch(handling, "CLAIM", "FORWARD", "U-HOUSING");
    post(api, "handler", "/api/petitions/" + handling + "/acceptance")
        .body(Map.of("decision", "ACCEPT", "notifiedAt", now.minusDays(16).toString())).retrieve().toBodilessEntity();
    post(api, "handler", "/api/petitions/" + handling + "/reply")
        .body(Map.of("outcome", "EXPLAIN", "facts", "经核查，摇号过程有公证，结果公开。",
            "basis", "《公共租赁住房管理办法》第十条", "opinion", "对摇号规则和结果作出解释说明。"))
        .retrieve().toBodilessEntity();

    String routed = register("不服行政处罚决定", "对罚款决定不服。", "行政执法", now.minusDays(3),
        petitioner("赵六", "110101197001010016", "13600136000", "北京市东城区"));
    dispatch(routed, "CLAIM_LEGAL_CHANNEL", "ROUTE_LEGAL_CHANNEL", null);

    String late = register("学校乱收费", "某小学收取课后服务费未公示。", "教育", now.minusDays(40),
        petitioner("孙七", "110101198001010010", "13500135000", "北京市东城区某小学附近"));
    dispatch(late, "CLAIM", "ASSIGN", "U-EDU");
  }

  private String register(String title, String content, String category, OffsetDateTime receivedAt,
      Map<String, Object> petitioner) {
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "LETTER");
    body.put("receivedAt", receivedAt.toString());
    body.put("petitioners", List.of(petitioner));
    body.put("headcount", 1);
    body.put("title", title);
    body.put("content", content);
    body.put("category", category);
    body.put("regionCode", "110101");
    @SuppressWarnings("unchecked")
    Map<String, Object> created = post(api, "clerk", "/api/petitions").body(body).retrieve().body(Map.class);
    count++;
    return (String) created.get("number");
  }

  private void dispatch(String number, String classification, String action, String unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("classification", classification);
    body.put("action", action);
    if (unit != null) {
      body.put("unit", unit);
    }
    post(api, "clerk", "/api/petitions/" + number + "/dispatch").body(body).retrieve().toBodilessEntity();
  }
}

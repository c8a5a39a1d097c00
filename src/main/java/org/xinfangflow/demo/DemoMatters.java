package org.xinfangflow.demo;

import static org.xinfangflow.demo.DemoData.petitioner;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The sample matters, played out over the last 45 days on the simulation clock so that every clock,
 * warning and overdue mark is real: each matter is left at a different step.
 */
class DemoMatters {

  private final RestClient api;
  private final OffsetDateTime start;
  private int count;

  DemoMatters(RestClient api, OffsetDateTime start) {
    this.api = api;
    this.start = start;
  }

  int count() {
    return count;
  }

  void seed() {
    String late = register("学校乱收费", "某小学收取课后服务费未公示，请求查处。", "教育",
        petitioner("孙七", "110101198001010010", "13500135000", "北京市东城区某小学附近"));
    dispatch(late, "CLAIM", "ASSIGN", "U-EDU");
    String replied = register("夜间施工噪音扰民", "某工地夜间22点后持续施工，影响休息。", "城乡建设",
        petitioner("周八", "110101199505050010", "13400134000", "北京市东城区某小区"));
    dispatch(replied, "CLAIM", "FORWARD", "U-HOUSING");

    day(2);
    call("handler", replied, "acceptance", Map.of("decision", "ACCEPT"));
    day(12);
    call("handler", replied, "reply", Map.of("outcome", "SUPPORT", "facts", "经现场核查，该工地确有夜间违规施工。",
        "basis", "《中华人民共和国噪声污染防治法》第四十三条",
        "opinion", "对信访人的请求予以支持，已责令施工单位停止夜间施工。如不服本意见，可自收到之日起30日内向上一级机关申请复查。"));
    call("handler2", replied, "reply/review", Map.of("approve", true));
    call("head", replied, "reply/sign", Map.of("approve", true));
    day(14);
    call("reviewer", replied, "reply/precheck", Map.of("approve", true));

    day(15);
    String handling = register("公租房分配不公", "认为公租房摇号结果不公平，请求重新审查。", "住房保障",
        petitioner("王五", "110101198507070010", "13700137000", "北京市东城区某社区"));
    dispatch(handling, "CLAIM", "FORWARD", "U-HOUSING");
    day(17);
    call("handler", handling, "acceptance", Map.of("decision", "ACCEPT"));
    day(20);
    call("handler", replied, "reply/delivery", Map.of());
    day(25);
    call("handler", handling, "reply", Map.of("outcome", "EXPLAIN", "facts", "经核查，摇号过程有公证，结果已公示。",
        "basis", "《公共租赁住房管理办法》第十条", "opinion", "对摇号规则和结果作出解释说明。"));

    day(40);
    String dispatched = register("拖欠农民工工资", "某工地拖欠工资三个月，请求协调解决。", "劳动保障",
        petitioner("李四", "110101199003070070", "13900139000", "北京市东城区某街道"));
    dispatch(dispatched, "CLAIM", "ASSIGN", "U-HOUSING");
    day(42);
    String routed = register("不服行政处罚决定", "对罚款决定不服，请求撤销。", "行政执法",
        petitioner("赵六", "110101197001010016", "13600136000", "北京市东城区"));
    dispatch(routed, "CLAIM_LEGAL_CHANNEL", "ROUTE_LEGAL_CHANNEL", null);
    present();
    register("小区电梯长期停运", "某小区3号楼电梯停运两个月，物业未维修，请求督促维修。", "住房保障",
        petitioner("张三", "11010519491231002X", "13800138000", "北京市东城区某小区3号楼"));
  }

  /** Back to the real time of day: the demo ends in the present. */
  private void present() {
    moveTo(OffsetDateTime.now(start.getOffset()));
  }

  /** Moves the simulation clock to the given day after the start (timers due on the way fire). */
  private void day(int days) {
    moveTo(start.plusDays(days));
  }

  private void moveTo(OffsetDateTime now) {
    api.put().uri("/api/simulation/clock").headers(h -> h.setBasicAuth("admin", DemoDirectory.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("now", now.toString()))
        .retrieve().toBodilessEntity();
  }

  private String register(String title, String content, String category, Map<String, Object> petitioner) {
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "LETTER");
    body.put("petitioners", List.of(petitioner));
    body.put("headcount", 1);
    body.put("title", title);
    body.put("content", content);
    body.put("category", category);
    body.put("regionCode", "110101");
    @SuppressWarnings("unchecked")
    Map<String, Object> created = request("clerk", "/api/petitions").body(body).retrieve().body(Map.class);
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
    call("clerk", number, "dispatch", body);
  }

  private void call(String user, String number, String step, Map<String, ?> body) {
    request(user, "/api/petitions/" + number + "/" + step).body(body).retrieve().toBodilessEntity();
  }

  private RestClient.RequestBodySpec request(String user, String path) {
    return api.post().uri(path).headers(h -> h.setBasicAuth(user, DemoDirectory.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON);
  }
}

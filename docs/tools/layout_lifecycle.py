# Lays out processes/petition-lifecycle.bpmn explicitly: the main line left to right, routes and the
# evaluation branch above, timers and their handlers below, the reply sub-process expanded.
# It drops the file's diagram and draws it again from the model, so after adding or renaming
# elements run:  python3 docs/tools/layout_lifecycle.py processes/petition-lifecycle.bpmn processes/petition-lifecycle.bpmn
# (every node needs its <bpmn:incoming>/<bpmn:outgoing>, as the Camunda Modeler writes them), then
# place the new elements below (put/chain) and render with render-svg.mjs.
import xml.etree.ElementTree as ET, sys
NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL", "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
      "dc": "http://www.omg.org/spec/DD/20100524/DC", "di": "http://www.omg.org/spec/DD/20100524/DI",
      "camunda": "http://camunda.org/schema/1.0/bpmn", "xsi": "http://www.w3.org/2001/XMLSchema-instance"}
for k, v in NS.items(): ET.register_namespace(k, v)
B = "{%s}" % NS["bpmn"]; DI = "{%s}" % NS["bpmndi"]; DC = "{%s}" % NS["dc"]; DDI = "{%s}" % NS["di"]
src = ET.parse(sys.argv[1]); root = src.getroot()
for d in root.findall(DI + "BPMNDiagram"): root.remove(d)
proc = root.find(B + "process")
# the schema wants a node's children as: extensionElements, incoming*, outgoing*, the rest
ORDER = {B + "extensionElements": 0, B + "incoming": 1, B + "outgoing": 2}
for node in proc.iter():
    children = list(node)
    if any(c.tag in (B + "incoming", B + "outgoing") for c in children):
        ordered = sorted(children, key=lambda c: ORDER.get(c.tag, 3))
        for c in children: node.remove(c)
        for c in ordered: node.append(c)
els = {}
for e in proc.iter():
    if e.get("id"): els[e.get("id")] = e
def kind(i):
    t = els[i].tag.replace(B, "")
    return t
SIZE = {"task": (120, 80), "event": (36, 36), "gateway": (50, 50)}
def size(i):
    t = kind(i)
    if t.endswith("Task"): return SIZE["task"]
    if t.endswith("Gateway"): return SIZE["gateway"]
    if t.endswith("Event"): return SIZE["event"]
    raise Exception(t)
pos = {}   # id -> (cx, cy)
Y = 520
def put(i, cx, cy): pos[i] = (cx, cy)
def chain(ids, x0, cy, gap=50):
    x = x0
    for i in ids:
        w, h = size(i); put(i, x + w / 2, cy); x += w + gap
    return x
x = chain(["registered", "start_dispose_clock", "merge_dispose", "dispose", "route", "start_acceptance_clock",
           "start_objection_clock", "decide_acceptance", "acceptance_decision", "start_handling_clock"], 60, Y)
# expanded sub-process
inner = ["handling_started", "merge_draft", "draft_reply", "review_reply", "review_ok", "sign_reply", "sign_ok",
         "precheck_reply", "precheck_ok", "deliver_reply", "reply_delivered"]
sub_x0 = x; sub_top = Y - 90; sub_bottom = Y + 150
xe = chain(inner, sub_x0 + 30, Y, gap=40)
sub_w = xe - sub_x0 - 10; sub_bounds = (sub_x0, sub_top, sub_w, sub_bottom - sub_top)
x = sub_x0 + sub_w + 60
x = chain(["reviewable", "windows_open", "start_review_window", "request_review", "start_review_clock", "review_opinion",
           "start_re_review_window", "request_re_review", "start_re_review_clock", "re_review_opinion", "final"], x, Y, gap=60)
rx, _ = pos["route"]
put("routed", rx + 110, Y - 110); put("guided", rx + 110, Y - 200); put("not_accepted_by_bureau", rx + 110, Y - 290)
ax, _ = pos["acceptance_decision"]
put("not_accepted_by_unit", ax + 110, Y - 110); put("start_redispose_clock", ax + 130, Y - 220)
# evaluation branch above, suggestion branch below
wx, _ = pos["windows_open"]
chain(["start_evaluation_clock", "evaluate", "evaluated"], wx + 60, Y - 250, gap=60)
vx, _ = pos["reviewable"]
chain(["start_suggestion_evaluation_clock", "evaluate_suggestion", "suggestion_closed"], vx + 60, Y + 400, gap=60)
# boundary events and their handlers
boundaries = {}
for i, e in els.items():
    if kind(i) == "boundaryEvent": boundaries.setdefault(e.get("attachedToRef"), []).append(i)
def host_bounds(h):
    if h == "handling": return sub_bounds
    w, hh = size(h); cx, cy = pos[h]; return (cx - w / 2, cy - hh / 2, w, hh)
flows = [e for e in proc.iter(B + "sequenceFlow")]
out = {}
for f in flows: out.setdefault(f.get("sourceRef"), []).append(f.get("targetRef"))
for h, bs in boundaries.items():
    hx, hy, hw, hh = host_bounds(h)
    above = h == "evaluate"
    for k, b in enumerate(bs):
        bx = hx + 22 + k * 38 if h != "handling" else hx + 80 + k * 200
        by = hy if above else hy + hh
        put(b, bx, by)
        handler = out[b][0]; end = out[handler][0]
        row = (hy - 100 - k * 100) if above else (hy + hh + 70 + k * 100)
        if h == "evaluate": row = hy - 80
        hx_c = (hx + 22 + len(bs) * 38 + 70) if h != "handling" else bx + 110
        put(handler, hx_c, row); put(end, hx_c + 130, row)
shapes, edges = [], []
def bounds_of(i):
    if i == "handling": return sub_bounds
    w, h = size(i); cx, cy = pos[i]; return (cx - w / 2, cy - h / 2, w, h)
for i in pos:
    x0, y0, w, h = bounds_of(i)
    shapes.append((i, x0, y0, w, h))
shapes.append(("handling",) + sub_bounds)
def pts(f):
    s, t = f.get("sourceRef"), f.get("targetRef")
    sx, sy, sw, sh = bounds_of(s); tx, ty, tw, th = bounds_of(t)
    scx, scy = sx + sw / 2, sy + sh / 2; tcx, tcy = tx + tw / 2, ty + th / 2
    if s == "start_redispose_clock":   # back to the bureau, over the top
        band = Y - 360
        return [(scx, sy), (scx, band), (tcx, band), (tcx, ty)]
    if t == "merge_draft" and s.endswith("_ok"):   # returned to the drafter, under the line
        band = Y + {"review_ok": 70, "sign_ok": 85, "precheck_ok": 100}[s]
        return [(scx, sy + sh), (scx, band), (tcx, band), (tcx, ty + th)]
    if kind(t) == "subProcess" or kind(s) == "subProcess":   # the sub-process sits on the main line
        return [(sx + sw, Y), (tx, Y)]
    if kind(s) == "boundaryEvent":
        return [(scx, scy + (-sh / 2 if tcy < scy else sh / 2)), (scx, tcy), (tx, tcy)]
    if abs(scy - tcy) < 1:
        return [(sx + sw, scy), (tx, tcy)]
    if kind(s).endswith("Gateway"):
        ey = sy if tcy < scy else sy + sh
        return [(scx, ey), (scx, tcy), (tx, tcy)]
    if kind(t).endswith("Gateway"):   # joining back into the main line
        ex = tcx
        return [(sx + sw, scy), (ex, scy), (ex, ty + th if tcy < scy else ty)]
    mx = (sx + sw + tx) / 2
    return [(sx + sw, scy), (mx, scy), (mx, tcy), (tx, tcy)]
diagram = ET.SubElement(root, DI + "BPMNDiagram", id="petition_lifecycle_diagram")
plane = ET.SubElement(diagram, DI + "BPMNPlane", id="petition_lifecycle_plane", bpmnElement="petition-lifecycle")
for i, x0, y0, w, h in shapes:
    attrs = {"id": i + "_di", "bpmnElement": i}
    if i == "handling": attrs["isExpanded"] = "true"
    if kind(i).endswith("Gateway") and kind(i) == "exclusiveGateway": attrs["isMarkerVisible"] = "true"
    sh = ET.SubElement(plane, DI + "BPMNShape", attrs)
    ET.SubElement(sh, DC + "Bounds", x=str(round(x0)), y=str(round(y0)), width=str(w), height=str(h))
for f in flows:
    ed = ET.SubElement(plane, DI + "BPMNEdge", id=f.get("id") + "_di", bpmnElement=f.get("id"))
    for px, py in pts(f):
        ET.SubElement(ed, DDI + "waypoint", x=str(round(px)), y=str(round(py)))
ET.indent(src, space="  ")
src.write(sys.argv[2], xml_declaration=True, encoding="UTF-8")
print("shapes", len(shapes), "edges", len(flows), "missing", [i for i in els if i not in pos and kind(i) not in ("sequenceFlow", "process", "subProcess") and not kind(i).startswith(("extension","incoming","outgoing","condition","timer","time","executionListener"))][:10])

"""Checking a flow before it may run: structure (triggers, links, ports, reachability, cycles
without a wait), parameters, and the messages (unsubscribe link, SMS opt-out and length)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

from shopnurture.domain.flows import message_text
from shopnurture.domain.flows.catalogue import EVENT_TYPES, NODE_KINDS, NodeKind, ParamSpec
from shopnurture.domain.flows.conditions import rule_problem, segment_id
from shopnurture.domain.flows.model import FlowGraph, Node
from shopnurture.domain.flows.timing import duration, parse_time
from shopnurture.messages import SUPPORTED_LANGUAGES, render_message


@dataclass(frozen=True)
class Problem:
    code: str
    node: str | None = None
    severity: str = "error"  # or "warning": shown, but the flow may still be activated
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, language: str = "en") -> str:
        # "language" names the message's text language here, not the one to show it in.
        params = {("in_language" if k == "language" else k): v for k, v in self.params.items()}
        return render_message(f"flow.problem.{self.code}", language, node=self.node or "", **params)

    def as_dict(self, language: str = "en") -> dict[str, Any]:
        return {
            "code": self.code,
            "node": self.node,
            "severity": self.severity,
            "params": self.params,
            "message": self.message(language),
        }


TAG_ACTIONS = ("action.add_tag", "action.remove_tag")


def validate_flow(
    flow: FlowGraph, *, saved_segments: Collection[int] | None = None
) -> list[Problem]:
    """Everything wrong with the flow; with `saved_segments` (the ids that exist), a trigger
    or condition naming a segment that is not among them too (it would match nobody)."""
    problems: list[Problem] = []
    if not flow.triggers():
        problems.append(Problem("no_trigger"))
    for node in flow.nodes.values():
        problems.extend(_node_problems(node))
    problems.extend(_link_problems(flow))
    problems.extend(_reachability_problems(flow))
    problems.extend(_cycle_problems(flow))
    if saved_segments is not None:
        known = set(saved_segments)
        problems.extend(
            Problem("unknown_segment", node_id, params={"segment": segment})
            for node_id, segment in segment_references(flow)
            if segment not in known
        )
    return problems


def segment_references(flow: FlowGraph) -> list[tuple[str, int]]:
    """(node, saved segment id) for every "entered the segment" trigger and every condition
    rule on a segment."""
    found: list[tuple[str, int]] = []
    for node in flow.nodes.values():
        if node.kind == "trigger.segment_entered":
            chosen = segment_id(node.params.get("segment"))
            if chosen is not None:
                found.append((node.id, chosen))
        elif node.kind == "logic.condition":
            for rule in node.params.get("rules") or []:
                if isinstance(rule, dict) and rule.get("field") == "segment":
                    chosen = segment_id(rule.get("value"))
                    if chosen is not None:
                        found.append((node.id, chosen))
    return found


def errors(problems: list[Problem]) -> list[Problem]:
    return [problem for problem in problems if problem.severity == "error"]


def param_problem(kind: str, name: str, value: Any) -> str | None:
    """The reason code (`flow.reason.*`) why `value` does not suit parameter `name` of a node
    of `kind`, or None: what an editor field checks as the owner types."""
    spec = NODE_KINDS.get(kind)
    param = next((p for p in spec.params if p.name == name), None) if spec else None
    if spec is None or param is None:
        return None
    return _param_problem(param, value, spec)


def node_problems(node: Node) -> list[Problem]:
    """The problems of one node on its own (its parameters and messages, not its links)."""
    return list(_node_problems(node))


def _node_problems(node: Node) -> Iterator[Problem]:
    spec = node.spec
    if spec is None:
        yield Problem("unknown_kind", node.id, params={"kind": node.kind})
        return
    for param in spec.params:
        reason = _param_problem(param, node.params.get(param.name, param.default), spec)
        if reason is not None:
            yield Problem("bad_param", node.id, params={"param": param.name, "reason_code": reason})
    if spec.sends:
        yield from _message_problems(node, spec.sends)


def _param_problem(param: ParamSpec, value: Any, spec: NodeKind) -> str | None:
    kind = param.type
    if value is None:
        return None if param.optional else "flow.reason.required"
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            return "flow.reason.not_a_number"
        if param.minimum is not None and value < param.minimum:
            return "flow.reason.too_small"
        if param.maximum is not None and value > param.maximum:
            return "flow.reason.too_big"
    elif kind == "choice" and value not in param.choices:
        return "flow.reason.not_a_choice"
    elif kind == "time" and parse_time(value, default=None) is None:  # type: ignore[arg-type]
        return "flow.reason.bad_time"
    elif kind == "duration":
        try:
            length = duration(value)
        except (TypeError, ValueError, AttributeError):
            return "flow.reason.bad_duration"
        days_by_kind = spec.key == "logic.wait"
        if length.total_seconds() <= 0 and not days_by_kind:
            return "flow.reason.not_positive"
    elif kind == "event_filter":
        if not isinstance(value, dict) or not set(value.get("types") or []) <= set(EVENT_TYPES):
            return "flow.reason.bad_event_filter"
    elif kind == "rules":
        if not isinstance(value, list):
            return "flow.reason.bad_rules"
        for rule in value:
            reason = rule_problem(rule)
            if reason is not None:
                return reason
    elif kind == "branches":
        return _branches_problem(value)
    elif kind == "segment" and (isinstance(value, bool) or segment_id(value) is None):
        return "flow.reason.bad_segment"
    elif spec.key in TAG_ACTIONS and param.name == "tag" and not str(value).strip():
        return "flow.reason.required"
    elif kind == "weekdays" and (
        not isinstance(value, list) or not all(isinstance(d, int) and 0 <= d <= 6 for d in value)
    ):
        return "flow.reason.bad_weekdays"
    return None


def _branches_problem(value: Any) -> str | None:
    if not isinstance(value, list) or len(value) < 2:
        return "flow.reason.bad_branches"
    names = [str(branch.get("port") or "") for branch in value if isinstance(branch, dict)]
    if len(names) != len(value) or "" in names or len(set(names)) != len(names):
        return "flow.reason.bad_branches"
    if abs(sum(float(branch.get("percent") or 0) for branch in value) - 100) > 1e-6:
        return "flow.reason.percent_sum"
    return None


def _message_problems(node: Node, channel: str) -> Iterator[Problem]:
    message = node.params.get("message") or {}
    present = [lang for lang in SUPPORTED_LANGUAGES if (message.get(lang) or {}).get("body")]
    if not present:
        yield Problem("empty_message", node.id)
        return
    for language in SUPPORTED_LANGUAGES:
        if language not in present:
            yield Problem("missing_language", node.id, "warning", {"language": language})
    for language in present:
        texts = message[language]
        for part in ("subject", "body"):
            source = str(texts.get(part) or "")
            problem = message_text.template_problem(source)
            if problem is not None:
                yield Problem(
                    "template_error",
                    node.id,
                    params={"language": language, "reason_code": problem[0], "detail": problem[1]},
                )
        body = str(texts.get("body") or "")
        if channel == "email":
            if not str(texts.get("subject") or "").strip():
                yield Problem("missing_subject", node.id, params={"language": language})
            if not message_text.has_unsubscribe_link(body):
                yield Problem("no_unsubscribe", node.id, params={"language": language})
        elif channel == "sms":
            if not message_text.has_opt_out(body):
                yield Problem("no_opt_out", node.id, params={"language": language})
            segments = message_text.sms_segments(message_text.render_sample(body))
            if segments > message_text.MAX_SMS_SEGMENTS:
                yield Problem(
                    "sms_too_long", node.id, params={"language": language, "segments": segments}
                )


def _link_problems(flow: FlowGraph) -> Iterator[Problem]:
    seen: set[tuple[str, str]] = set()
    for link in flow.links:
        source = flow.nodes.get(link.source)
        if source is None or link.target not in flow.nodes:
            yield Problem(
                "bad_link", link.source, params={"port": link.port, "target": link.target}
            )
            continue
        if link.port not in {port.name for port in source.ports()}:
            yield Problem(
                "bad_link", link.source, params={"port": link.port, "target": link.target}
            )
        if (link.source, link.port) in seen:
            yield Problem("duplicate_link", link.source, params={"port": link.port})
        seen.add((link.source, link.port))
    for node in flow.nodes.values():
        for port in node.ports():
            if (node.id, port.name) not in seen:
                yield Problem("unconnected_port", node.id, params={"port": port.name})


def _reachability_problems(flow: FlowGraph) -> Iterator[Problem]:
    entries = [node.id for node in flow.nodes.values() if node.spec and node.spec.is_entry]
    reached = set(entries)
    stack = list(entries)
    while stack:
        current = stack.pop()
        for link in flow.outgoing(current):
            if link.target in flow.nodes and link.target not in reached:
                reached.add(link.target)
                stack.append(link.target)
    for node_id in flow.nodes:
        if node_id not in reached:
            yield Problem("unreachable", node_id)


def _cycle_problems(flow: FlowGraph) -> Iterator[Problem]:
    """A loop through nodes that never wait would run forever in one tick."""
    edges: dict[str, list[str]] = {node_id: [] for node_id in flow.nodes}
    for link in flow.links:
        source = flow.nodes.get(link.source)
        if source is None or link.target not in flow.nodes:
            continue
        if source.spec is not None and source.spec.is_wait:
            continue
        edges[link.source].append(link.target)
    reported: set[frozenset[str]] = set()
    for component in _strongly_connected(edges):
        looped = len(component) > 1 or any(n in edges[n] for n in component)
        if looped and frozenset(component) not in reported:
            reported.add(frozenset(component))
            first = sorted(component)[0]
            yield Problem(
                "cycle_without_wait", first, params={"nodes": ", ".join(sorted(component))}
            )


def _strongly_connected(edges: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (flows may be deep)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components


def why_link_refused(flow: FlowGraph, source: str, port: str, target: str) -> str | None:
    """The message code saying why the editor refuses the link `source.port → target`
    (asked while the owner drags it), or None when the link is fine."""
    source_node = flow.nodes.get(source)
    target_node = flow.nodes.get(target)
    if source_node is None or target_node is None:
        return "flow.link.no_such_node"
    if port not in {p.name for p in source_node.ports()}:
        return "flow.link.no_such_port"
    target_spec = target_node.spec
    if target_spec is not None and target_spec.category == "trigger":
        return "flow.link.into_trigger"
    if target_node.kind == "logic.goal":
        return "flow.link.into_goal"
    source_spec = source_node.spec
    if source_spec is not None and source_spec.is_wait:
        return None  # a loop through a wait is fine: the run sleeps before going round
    if source == target:
        return "flow.link.cycle_without_wait"
    if _reaches_without_wait(flow, target, source, ignore=(source, port)):
        return "flow.link.cycle_without_wait"
    return None


def _reaches_without_wait(flow: FlowGraph, start: str, goal: str, ignore: tuple[str, str]) -> bool:
    """Whether `goal` can be reached from `start` along links leaving nodes that never wait
    (the link `ignore` is about to be replaced, so it does not count)."""
    seen = {start}
    stack = [start]
    while stack:
        current = stack.pop()
        if current == goal:
            return True
        node = flow.nodes.get(current)
        if node is None or (node.spec is not None and node.spec.is_wait):
            continue
        for link in flow.outgoing(current):
            if (link.source, link.port) == ignore or link.target in seen:
                continue
            seen.add(link.target)
            stack.append(link.target)
    return False

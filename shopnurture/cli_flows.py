"""`shopnurture flows ...`: templates, add, list, show, export, import, activate, pause,
validate, enrol (by hand), render (a picture of the diagram) and coupons (import codes)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shopnurture.cli import CommandContext


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    flows = commands.add_parser("flows", parents=[common], help="automations (flows)")
    actions = flows.add_subparsers(dest="flows_action", metavar="ACTION", required=True)

    def action(name: str, handler, help_text: str, *, json_option: bool = True):  # type: ignore[no-untyped-def]
        parser = actions.add_parser(name, parents=[common], help=help_text)
        if json_option:
            parser.add_argument("--json", action="store_true", help="machine-readable output")
        parser.set_defaults(handler=handler)
        return parser

    action("templates", _templates, "the built-in automations")
    add = action("add", _add, "add a flow from a template (prints its id)")
    add.add_argument("template", help="a template key, see `flows templates`")
    add.add_argument("--name", help="the flow's name (default: the template's)")
    add.add_argument("--activate", action="store_true", help="activate it at once")
    action("list", _list, "all flows with their status")
    show = action("show", _show, "one flow (its JSON definition with --json)")
    show.add_argument("flow_id", type=int, metavar="ID")
    export = action("export", _export, "write a flow to a JSON file", json_option=False)
    export.add_argument("flow_id", type=int, metavar="ID")
    export.add_argument("file", type=Path, metavar="FILE")
    import_ = action("import", _import, "add a flow from a JSON file (as a draft)")
    import_.add_argument("file", type=Path, metavar="FILE")
    activate = action(
        "activate", _activate, "start a flow (it reacts from now on)", json_option=False
    )
    activate.add_argument("flow_id", type=int, metavar="ID")
    activate.add_argument(
        "--waiting", choices=("stay", "exit", "move"), default="stay",
        help="contacts already in a changed flow: stay on the version they started (default), "
        "exit the flow, or move to the step --to of the new version",
    )  # fmt: skip
    activate.add_argument("--to", metavar="NODE", help="the step id to move them to")
    pause = action(
        "pause", _pause, "stop a flow (waiting runs stay where they are)", json_option=False
    )
    pause.add_argument("flow_id", type=int, metavar="ID")
    validate = action("validate", _validate, "check a flow file or a stored flow")
    validate.add_argument("source", metavar="FILE_OR_ID")
    enrol = action("enrol", _enrol, "add contacts by hand to a flow with that trigger")
    enrol.add_argument("flow_id", type=int, metavar="ID")
    enrol.add_argument("contact_ids", type=int, nargs="+", metavar="CONTACT_ID")
    render = action("render", _render, "draw a flow to a PNG, SVG or PDF file", json_option=False)
    render.add_argument("flow_id", type=int, metavar="ID")
    render.add_argument("file", type=Path, metavar="FILE", help="its extension picks the format")
    coupons = action("coupons", _coupons, "import coupon codes (one per line) into a list")
    coupons.add_argument("list_name", metavar="LIST")
    coupons.add_argument("file", type=Path, metavar="FILE")


def _templates(context: CommandContext) -> int:
    from shopnurture.services.engine.flow_service import list_templates

    context.database  # noqa: B018  (opening it picks the shop's language)
    templates = list_templates(context.language)
    if context.arguments.json:
        context.print_json([t.__dict__ for t in templates])
    else:
        for t in templates:
            print(f"{t.number:>2}  {t.key:<20} {t.name}")
    return 0


def _add(context: CommandContext) -> int:
    from shopnurture.services.engine.flow_service import add_flow_from_template
    from shopnurture.services.settings import read_settings

    arguments = context.arguments
    database = context.database
    language = read_settings(database)["language"]
    flow_id = add_flow_from_template(
        database, arguments.template, now=context.now, language=language, name=arguments.name,
        activate=arguments.activate,
    )  # fmt: skip
    context.print_json({"id": flow_id}) if arguments.json else print(flow_id)
    return 0


def _list(context: CommandContext) -> int:
    from shopnurture.services.engine.flow_service import flows_overview

    rows = flows_overview(context.database)
    if context.arguments.json:
        context.print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']:>4}  {row['status']:<7} {row['live_runs']:>6} live  {row['name']}")
    return 0


def _show(context: CommandContext) -> int:
    from shopnurture.domain.flows import flow_to_document
    from shopnurture.services.engine.flow_service import load_flow

    record, flow = load_flow(context.database, context.arguments.flow_id)
    if context.arguments.json:
        context.print_json({
            "id": record.id, "name": record.name, "status": record.status,
            "template": record.template_key, "priority": record.priority,
            "version": record.version,
            "activated_at": record.activated_at.isoformat() if record.activated_at else None,
            "definition": flow_to_document(flow),
        })  # fmt: skip
        return 0
    from shopnurture.messages import render_message

    print(f"{record.id}  {record.name}  ({record.status}, priority {record.priority})")
    for node in flow.nodes.values():
        label = render_message(f"flow.kind.{node.kind}", context.language)
        links = ", ".join(f"{link.port}→{link.target}" for link in flow.outgoing(node.id))
        print(f"  {node.id:<18} {label:<32} {links}")
    return 0


def _export(context: CommandContext) -> int:
    from shopnurture.services.engine.flow_service import export_flow

    export_flow(context.database, context.arguments.flow_id, context.arguments.file)
    return 0


def _import(context: CommandContext) -> int:
    from shopnurture.services.engine.flow_service import import_flow

    flow_id = import_flow(context.database, context.arguments.file, now=context.now)
    context.print_json({"id": flow_id}) if context.arguments.json else print(flow_id)
    return 0


def _activate(context: CommandContext) -> int:
    from shopnurture.errors import UserError
    from shopnurture.messages import render_message
    from shopnurture.services.engine.flow_versions import MOVE, STAY, activate_with_choice

    arguments = context.arguments
    if (arguments.waiting == MOVE) != bool(arguments.to):
        raise UserError("flow.version.move_needs_target")
    database = context.database
    changed = activate_with_choice(
        database, arguments.flow_id, arguments.waiting, arguments.to, now=context.now
    )
    if arguments.waiting != STAY:
        code = "flow.version.moved" if arguments.waiting == MOVE else "flow.version.exited"
        print(render_message(code, context.language, count=changed, node=arguments.to))
    return 0


def _pause(context: CommandContext) -> int:
    from shopnurture.services.engine.flow_service import pause_flow

    pause_flow(context.database, context.arguments.flow_id, now=context.now)
    return 0


def _validate(context: CommandContext) -> int:
    import sys

    from shopnurture.domain.flows import errors
    from shopnurture.messages import render_message
    from shopnurture.services.engine.flow_service import validate_source

    source = context.arguments.source
    database = context.database if source.isdigit() and not Path(source).exists() else None
    problems = validate_source(database, source)
    valid = not errors(problems)
    if context.arguments.json:
        context.print_json({
            "valid": valid, "problems": [p.as_dict(context.language) for p in problems],
        })  # fmt: skip
    elif not problems:
        print(render_message("cli.flow_valid", context.language))
    else:
        for problem in problems:
            stream = sys.stderr if problem.severity == "error" else sys.stdout
            print(f"{problem.severity}: {problem.message(context.language)}", file=stream)
    return 0 if valid else 1


def _enrol(context: CommandContext) -> int:
    from shopnurture.services.engine.flow_service import enrol_contacts

    arguments = context.arguments
    count = enrol_contacts(
        context.database, arguments.flow_id, arguments.contact_ids, now=context.now
    )
    context.print_json({"enrolled": count}) if arguments.json else print(count)
    return 0


def _coupons(context: CommandContext) -> int:
    from shopnurture.errors import UserError
    from shopnurture.services.engine.flow_service import import_coupon_codes

    arguments = context.arguments
    try:
        codes = arguments.file.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise UserError(
            "flow.file_unreadable", path=str(arguments.file), reason=error.strerror
        ) from None
    added = import_coupon_codes(context.database, arguments.list_name, codes, now=context.now)
    context.print_json({"added": added}) if arguments.json else print(added)
    return 0


def _render(context: CommandContext) -> int:
    from shopnurture.services.engine.flow_service import load_flow

    _record, flow = load_flow(context.database, context.arguments.flow_id)
    from shopnurture.gui.flow_editor.render import render_flow_headless  # Qt only from here

    render_flow_headless(flow, context.arguments.file, language=context.language)
    return 0

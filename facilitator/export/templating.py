"""Jinja2 environments for minutes: whatever a user typed stays text, in Markdown and in HTML.

Imported only when an export runs: jinja2 costs about 100 ms and stays off the start-up path.
Markdown templates escape every `{{ ... }}` output automatically (like HTML autoescaping);
`|md_line` keeps a value on one line (table cells, headings) and `|raw` lets Markdown through.
User templates run in Jinja2's sandbox and get the same context and filters as ours.
"""

from __future__ import annotations

import re
import traceback
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from facilitator.export.context import format_date, format_number
from facilitator.export.files import ExportError
from facilitator.resources import resource_path


class MarkdownText(str):
    """Text that is already Markdown (escaped user text, or our own markup): not escaped again."""


# Characters with a meaning anywhere in a line (CommonMark + GFM tables, strikethrough, math),
# and "&" where it would start an entity (&amp; &#42; would turn into characters).
_INLINE = re.compile(r"[\\`*_\[\]<>|~#$]|&(?=#?[0-9A-Za-z]+;)")
_BLOCK_START = re.compile(r"^([-+=])")  # list items, setext underlines, thematic breaks
_ORDERED_ITEM = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")  # "1. " starts an ordered list


def _escape_inline(text: str) -> str:
    return _INLINE.sub(lambda match: "\\" + match.group(0), text)


def _escape_line(line: str) -> str:
    line = _escape_inline(line.strip(" \t"))  # leading blanks would make an indented code block
    return _ORDERED_ITEM.sub(r"\1\\\2", _BLOCK_START.sub(r"\\\1", line))


def md(value: Any) -> MarkdownText:
    """User text as Markdown that renders literally; its line breaks become hard breaks, and a
    blank line between paragraphs stays a visible gap."""
    if isinstance(value, MarkdownText):
        return value
    text = "" if value is None else str(value)
    lines: list[str] = []
    for escaped in map(_escape_line, text.splitlines()):
        if escaped or (lines and lines[-1]):  # one blank line kept between paragraphs, none at the ends
            lines.append(escaped)
    while lines and not lines[-1]:
        lines.pop()
    # A blank line would end the list item or table cell the text sits in; an empty hard-broken
    # line ("\\" alone) shows the same gap in CommonMark, GFM and pandoc, and keeps it inside.
    return MarkdownText("\\\n".join(lines))


def md_line(value: Any) -> MarkdownText:
    """Like `md`, on one line: for table cells, headings and list items."""
    if isinstance(value, MarkdownText):
        return MarkdownText(value.replace("\\\n", " "))
    text = "" if value is None else str(value)
    return MarkdownText(_escape_line(" ".join(part.strip() for part in text.splitlines())))


def _finalize_markdown(value: Any) -> Any:
    if value is None:
        return ""
    return value if isinstance(value, MarkdownText) else md(value)


def _join_markdown(items: Any, separator: str = "", attribute: str | None = None) -> MarkdownText:
    values = [item[attribute] if attribute else item for item in items]
    return MarkdownText(_escape_inline(separator).join(md_line(v) for v in values))


@jinja2.pass_context
def _date(context: Any, value: str, style: str = "long") -> str:
    return format_date(value, context["lang"], style)


@jinja2.pass_context
def _num(context: Any, value: float | None, digits: int = 1, sign: bool = False, compact: bool = False) -> str:
    return format_number(value, context["lang"], digits, sign, compact)


@jinja2.pass_eval_context
def _nl2br(eval_context: Any, value: Any) -> Markup | str:
    lines = ("" if value is None else str(value)).splitlines()
    if eval_context.autoescape:
        return Markup("<br>").join(escape(line) for line in lines)
    return "\n".join(lines)


def _markdown_filters(date_filter: Any, num_filter: Any) -> dict[str, Any]:
    def wrap(function: Any) -> Any:
        @jinja2.pass_context
        def filtered(context: Any, *args: Any, **kwargs: Any) -> MarkdownText:
            return MarkdownText(_escape_inline(function(context, *args, **kwargs)))

        return filtered

    return {
        "md": md,
        "md_line": md_line,
        "raw": MarkdownText,
        "join": _join_markdown,
        "date": wrap(date_filter),
        "num": wrap(num_filter),
    }


def _options(kind: str) -> dict[str, Any]:
    common = {
        "undefined": jinja2.StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
    }
    if kind == "html":
        return {**common, "autoescape": True}
    return {**common, "autoescape": False, "finalize": _finalize_markdown}


def _configure(env: jinja2.Environment, kind: str) -> jinja2.Environment:
    if kind == "html":
        env.filters.update({"date": _date, "num": _num, "nl2br": _nl2br})
    else:
        env.filters.update(_markdown_filters(_date, _num))
    return env


@cache
def _builtin_env(kind: str) -> jinja2.Environment:
    loader = jinja2.FileSystemLoader(str(resource_path("templates")))
    return _configure(jinja2.Environment(loader=loader, **_options(kind)), kind)


def _user_env(kind: str, path: Path) -> tuple[jinja2.Environment, str]:
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExportError(f"the template {path} does not exist; check the path") from None
    except UnicodeDecodeError:
        raise ExportError(f"the template {path} is not UTF-8 text") from None
    except OSError as error:
        raise ExportError(f"cannot read the template {path}: {error.strerror or error}") from None
    filename = str(path)
    # The user's file first; then ours, so `{% extends "minutes.html.j2" %}` and `{% include %}` work.
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FunctionLoader(lambda name: (source, filename, lambda: True) if name == filename else None),
            jinja2.FileSystemLoader(str(resource_path("templates"))),
        ]
    )
    return _configure(SandboxedEnvironment(loader=loader, **_options(kind)), kind), filename


def render(kind: str, name: str, context: dict[str, Any], template: Path | str | None = None) -> str:
    """Render our template `name` (kind "md" or "html"), or the user's `template` file instead."""
    if template is None:
        env, name, shown = _builtin_env(kind), name, name
    else:
        path = Path(template).expanduser()
        env, name = _user_env(kind, path)
        shown = path.name
    try:
        compiled = env.get_template(name)
        return compiled.render(context)
    except jinja2.TemplateNotFound as error:
        raise ExportError(f"the template {shown} uses {error.name}, which is neither ours nor beside it") from error
    except jinja2.TemplateSyntaxError as error:
        where = "" if error.filename in (None, name) else f" (in {Path(error.filename).name})"
        raise ExportError(
            f"the template {shown} has an error on line {error.lineno}{where}: {error.message}"
        ) from error
    except ExportError:
        raise
    except Exception as error:
        if template is None and not isinstance(error, jinja2.TemplateError):
            raise  # a bug in our own template or code: keep the traceback
        line = _template_line(error, env, name)
        where = f" on line {line}" if line else ""
        message = error.message if isinstance(error, jinja2.TemplateError) else f"{type(error).__name__}: {error}"
        raise ExportError(f"the template {shown} has an error{where}: {message}") from error


def _template_line(error: BaseException, env: jinja2.Environment, name: str) -> int | None:
    """The template line an error was raised on (Jinja2 rewrites tracebacks to point there)."""
    filename = env.get_template(name).filename if name else None
    line = None
    for frame, lineno in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename in (filename, name):
            line = lineno
    return line

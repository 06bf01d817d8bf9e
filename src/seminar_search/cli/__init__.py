"""The command line: parse options, call the core, hand a Listing to the writer.

Commands live in reading.py (search, show, cite, similar, quotes, verify) and archive.py
(index, inspect and the listings); common.py holds their shared options.
Exit status: 0 with results, 1 with none (like grep), 2 on errors.
"""

from __future__ import annotations

import gc

# Start-up creates tens of thousands of long-lived objects (modules, classes, functions) and
# almost no garbage: the collector's passes over them were a twentieth of a search. Collect
# far less often; garbage still gets collected.
gc.set_threshold(100_000, 50, 50)

import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from seminar_search import __version__
from seminar_search.cli.common import UserError
from seminar_search.errors import SeminarSearchError

COMMAND_MODULES = {
    **dict.fromkeys(["search", "show", "cite", "similar"], "reading"),
    **dict.fromkeys(["index", "inspect", "docs", "export", "participants", "speakers", "themes"], "archive"),
    **dict.fromkeys(["quotes", "verify", "people", "matrix"], "research"),
    "serve": "web",
}


class DefaultSearchGroup(click.Group):
    """A group whose unknown first word is a query: `seminar-search "third sector"` searches.

    Its commands are loaded from their modules when first asked for.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in COMMAND_MODULES and args[0] not in ("--help", "-h", "--version"):
            args = self._command_first(ctx, args)
        return super().parse_args(ctx, args)

    def _command_first(self, ctx: click.Context, args: list[str]) -> list[str]:
        """The arguments with their command first: `--index DIR show 17` is `show --index DIR
        17` (options typed before the command, as many tools allow), not a search for "show
        17"; with no command among the words, a search."""
        search = self.get_command(ctx, "search")
        assert search is not None
        takes_value = {
            name
            for param in search.params
            if isinstance(param, click.Option) and not param.is_flag
            for name in param.opts
        }
        position = 0
        while position < len(args) and args[position].startswith("-") and args[position] != "--":
            position += 2 if args[position] in takes_value else 1
        if position < len(args) and args[position] in COMMAND_MODULES:
            return [args[position], *args[:position], *args[position + 1 :]]
        return ["search", *args]

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMAND_MODULES:
            return None
        commands: list[click.Command] = importlib.import_module(
            f"seminar_search.cli.{COMMAND_MODULES[name]}"
        ).COMMANDS
        return next(command for command in commands if command.name == name)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Click's main, whose usage errors take one line on stderr, like every other error."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            returned = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as error:
            command = error.ctx.command_path if error.ctx else "seminar-search"
            click.echo(f"seminar-search: {error.format_message()} (see: {command} --help)", err=True)
            sys.exit(error.exit_code)
        except click.ClickException as error:
            error.show()
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("seminar-search: interrupted", err=True)
            sys.exit(130)
        sys.exit(returned if isinstance(returned, int) else 0)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SeminarSearchError as error:
            raise UserError(str(error)) from None
        except KeyboardInterrupt:
            click.echo("seminar-search: interrupted", err=True)
            ctx.exit(130)
        except BrokenPipeError:  # the reader went away (| head): what it wanted, it has
            ctx.exit(0)


@click.group(cls=DefaultSearchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="seminar-search")
def cli() -> None:
    """Search policy seminar reports and cite what was said, by paragraph number.

    \b
    Examples:
      seminar-search "third sector"
      seminar-search search --speaker bichard innovation
      seminar-search show 17
      seminar-search cite 31 --format markdown
      seminar-search index my-reports/

    A query given without a command is searched for. With no index yet, the first search
    builds one from the bundled seed report.
    """


def main() -> None:
    """Run the CLI, then leave without the interpreter's teardown.

    By then output is flushed and the index was only read or is already committed; tearing
    down Whoosh's modules and objects would add a sixth to the time of a search.
    """
    try:
        cli(prog_name="seminar-search")
        code = 0
    except SystemExit as leaving:
        code = leaving.code if isinstance(leaving.code, int) else int(leaving.code is not None)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        code = code or 0
    os._exit(code)

"""The ``kg`` command line: click commands that parse, call one library function and print.

Each command group lives in its own module; nothing heavy is imported until a command runs,
so ``kg --help`` answers at once. Library errors (KgError) become one-line messages, exit 1.
"""

from __future__ import annotations

import errno
import os
import sys
from importlib import import_module
from typing import Any

import click

from kg import __version__

#: modules that each add their commands to ``cli``; one per command group
_COMMAND_MODULES = (
    "kg.cli.sources_cmds",
    "kg.cli.query_cmds",
    "kg.cli.eval_cmd",
    "kg.cli.views_cmds",
    "kg.cli.serve_cmd",
    "kg.cli.batch_cmds",
)


def _print_version(ctx: click.Context) -> None:
    """The versions a bug report needs: the package's, the extractor's (stored with every source,
    so a new one re-extracts) and the store format's. Imported only when asked for."""
    from kg.extract import extractor_version
    from kg.ontology import STORE_FORMAT

    click.echo(f"kg {__version__} (extractor {extractor_version()}, store format {STORE_FORMAT})")
    ctx.exit()


class _PipeClosed(Exception):
    """The reader of stdout went away (``kg export | head``): not an OSError, so click's own
    handler (which exits 1) lets it through to ``main``, which exits 0 quietly."""


class _Group(click.Group):
    """The ``kg`` group: a closed stdout pipe ends the command as :class:`_PipeClosed`."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OSError as err:
            if err.errno != errno.EPIPE:
                raise
            raise _PipeClosed from err


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx) if value else None,
    help="Show the version of kg, of its extractor and of the store format, and exit.",
)
@click.option(
    "--store",
    "store",
    envvar="KG_STORE",
    default=None,
    metavar="PATH|URL",
    help="Store folder (embedded Oxigraph) or SPARQL endpoint URL. Default: $KG_STORE or ./.kg",
)
@click.option(
    "--update-endpoint",
    envvar="KG_UPDATE_ENDPOINT",
    default=None,
    metavar="URL",
    help="SPARQL update endpoint of a remote store, where it differs from the query URL.",
)
@click.option(
    "--gsp-endpoint",
    envvar="KG_GSP_ENDPOINT",
    default=None,
    metavar="URL",
    help="Graph Store Protocol endpoint of a remote store, if it has one.",
)
@click.pass_context
def cli(ctx: click.Context, store: str | None, update_endpoint: str | None, gsp_endpoint: str | None) -> None:
    """Build and query a knowledge graph of actors, plans and frameworks from policy documents.

    \b
    Example:
        kg add sources/
        kg query --name plans-by-actor
        kg viz --view actors -o outputs/actors.html
        KG_STORE=http://127.0.0.1:7878/query kg --update-endpoint http://127.0.0.1:7878/update add sources/

    Remote stores read credentials from KG_STORE_USER / KG_STORE_PASSWORD (Basic, or Digest
    with KG_STORE_AUTH=digest) or KG_STORE_TOKEN (Bearer).
    """
    ctx.ensure_object(dict)
    ctx.obj["store"] = store
    ctx.obj["store_options"] = {
        k: v for k, v in (("update_endpoint", update_endpoint), ("gsp_endpoint", gsp_endpoint)) if v
    }


#: exit status after Ctrl-C, as shells report a command ended by SIGINT (128 + 2)
INTERRUPTED = 130


def _register() -> None:
    for name in _COMMAND_MODULES:
        try:
            import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:
                raise


_register()


def _quiet_exit() -> None:
    """Exit 0 after the reader of stdout went away: later writes and the interpreter's final
    flush go to /dev/null, so Python prints no 'Exception ignored … BrokenPipeError'."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    sys.exit(0)


def main() -> None:
    """Console entry point: KgError → one line on stderr and exit 1; Ctrl-C → exit 130;
    a closed stdout pipe (``kg export | head -1``) → exit 0 without a word."""
    from kg.errors import KgError

    try:
        code = cli.main(standalone_mode=False)
        sys.stdout.flush()
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(INTERRUPTED)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except KgError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(1)
    except (_PipeClosed, BrokenPipeError):
        _quiet_exit()
    if isinstance(code, int) and code:
        sys.exit(code)
